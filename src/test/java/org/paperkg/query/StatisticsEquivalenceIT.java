package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;
import org.paperkg.store.StatisticsGraph;
import org.paperkg.testing.BuiltStores;
import org.paperkg.testing.SharedData;

/**
 * Every catalogue query that can read the statistics graph returns the same rows from it as
 * live aggregation does, at every confidence band and with limits and thresholds other than the
 * defaults, on the example store and on the seed listings; outside what the statistics hold (a
 * band they were not taken at, a period, a limit past the ranked top) the query aggregates live.
 */
class StatisticsEquivalenceIT {

    private static final List<Map<String, String>> VARIANTS = List.of(
            Map.of(), Map.of("limit", "5"), Map.of("top", "30", "minPapers", "1"), Map.of("top", "200"));

    @Test
    void theExamplesAnswerAlikeFromStatisticsAndLive(@TempDir Path dir) throws IOException {
        assertEquivalent(BuiltStores.examplesWithTheirFacts(dir));
    }

    @Test
    void rebuildingTheStatisticsWritesTheSameGraphWithoutBlankNodes(@TempDir Path dir) throws IOException {
        ResourceIris iris = ResourceIris.defaults();
        try (KgStore store = KgStore.open(BuiltStores.examplesWithTheirFacts(dir), iris)) {
            Model first = statisticsGraph(store);
            StatisticsGraph.rebuild(store);
            Model second = statisticsGraph(store);
            assertThat(first.size()).as("statistics triples").isGreaterThan(100);
            assertThat(first.listSubjects().filterKeep(r -> r.isAnon()).toList()).as("blank subjects").isEmpty();
            assertThat(second.difference(first).size() + first.difference(second).size())
                    .as("triples that differ between two rebuilds").isZero();
        }
    }

    private static Model statisticsGraph(KgStore store) {
        return Txn.calculateRead(store.dataset(), () -> ModelFactory.createDefaultModel()
                .add(store.dataset().getNamedModel(store.iris().statisticsGraph())));
    }

    @Test
    void theSeedsAnswerAlikeFromStatisticsAndLive(@TempDir Path dir) throws IOException {
        assertEquivalent(BuiltStores.build(dir.resolve("db"), SharedData.require("seeds")));
    }

    private static void assertEquivalent(Path db) {
        ResourceIris iris = ResourceIris.defaults();
        try (KgStore store = KgStore.open(db, iris)) {
            SparqlTarget target = SparqlTarget.local(store.dataset());
            CatalogueRunner statistics = new CatalogueRunner(QueryCatalogue.load(), target, iris, true);
            CatalogueRunner live = new CatalogueRunner(QueryCatalogue.load(), target, iris, false);
            int compared = 0;
            long rowsFromStatistics = 0;
            for (CatalogueQuery q : statistics.catalogue().queries()) {
                if (!q.readsStatistics()) {
                    continue;
                }
                for (String band : List.of("0", "0.5", "0.8")) {
                    for (Map<String, String> variant : VARIANTS) {
                        Map<String, String> values = new LinkedHashMap<>();
                        values.put("minConfidence", band);
                        variant.forEach((k, v) -> {
                            if (q.parameter(k).isPresent()) {
                                values.put(k, v);
                            }
                        });
                        BoundQuery fromStatistics = statistics.bind(q, values);
                        assertThat(usesStatistics(fromStatistics)).as(q.name() + " " + values).isTrue();
                        assertThat(usesStatistics(live.bind(q, values))).isFalse();
                        List<String> expected = rows(live, live.bind(q, values));
                        List<String> actual = rows(statistics, fromStatistics);
                        assertThat(actual).as(q.name() + " " + values + ": statistics against live")
                                .containsExactlyInAnyOrderElementsOf(expected);
                        compared++;
                        rowsFromStatistics += actual.size();
                    }
                }
                Map<String, String> outside = new LinkedHashMap<>(Map.of("minConfidence", "0.6"));
                assertThat(usesStatistics(statistics.bind(q, outside))).as(q.name() + " at a band not taken").isFalse();
                if (q.parameter("from").isPresent()) {
                    assertThat(usesStatistics(statistics.bind(q, Map.of("from", "--03")))).as("a period").isFalse();
                }
                if (q.parameter("limit").filter(p -> p.type() == ParameterType.SUBLIMIT).isPresent()) {
                    assertThat(usesStatistics(statistics.bind(q, Map.of("limit", "201")))).as("past the ranked top").isFalse();
                }
            }
            assertThat(compared).as("queries x bands x variants").isGreaterThanOrEqualTo(6 * 3);
            assertThat(rowsFromStatistics).as("the statistics answered with rows").isPositive();
        }
    }

    private static boolean usesStatistics(BoundQuery q) {
        return q.substitution().get("statistics") instanceof Literal l && l.getBoolean();
    }

    private static List<String> rows(CatalogueRunner runner, BoundQuery q) {
        List<String> out = new ArrayList<>();
        runner.table(q, 10_000).rows().forEach(r -> out.add(r.toString()));
        return out;
    }
}
