package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;
import org.paperkg.testing.BuiltStores;
import org.paperkg.testing.SharedData;

/**
 * Every catalogue query on the graph built from the seed listing pages returns rows. The seed
 * pages give listing days without years (Mar 11, Mar 12, Jul 3), so the period comparison
 * uses listing-day bounds; the paper queries run on a paper the seeds hold.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedCatalogueIT {

    /** Values for the parameters whose defaults do not fit the seed pages. */
    private static final Map<String, String> SEED_VALUES = Map.of(
            "paper", "Dyna-bAbI: unlocking bAbI's potential with dynamic synthetic benchmarking",
            "earlierFrom", "--03", "earlierTo", "--03", "laterFrom", "--07", "laterTo", "--07");

    private KgStore store;
    private CatalogueRunner runner;

    @BeforeAll
    void build(@TempDir Path dir) throws IOException {
        Path seeds = SharedData.require("seeds");
        store = KgStore.open(BuiltStores.build(dir.resolve("db"), seeds), ResourceIris.defaults());
        runner = new CatalogueRunner(QueryCatalogue.load(), SparqlTarget.local(store.dataset()), ResourceIris.defaults());
    }

    @AfterAll
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void everyQueryReturnsRows() {
        for (CatalogueQuery q : runner.catalogue().queries()) {
            Map<String, String> values = new LinkedHashMap<>();
            q.parameters().forEach(p -> {
                if (SEED_VALUES.containsKey(p.name())) {
                    values.put(p.name(), SEED_VALUES.get(p.name()));
                }
            });
            QueryResultTable t = runner.table(runner.bind(q, values), 100);
            assertThat(t.size()).as(q.name() + " with " + values).isPositive();
        }
    }

    @Test
    void listingDaysAreTheSeedsPeriods() {
        QueryResultTable t = runner.table(runner.bind("top-datasets", Map.of("from", "--07-03", "to", "--07-03")), 100);
        assertThat(t.size()).isPositive();
        assertThat(runner.table(runner.bind("top-datasets", Map.of("from", "2020")), 100).size()).isZero();
    }
}
