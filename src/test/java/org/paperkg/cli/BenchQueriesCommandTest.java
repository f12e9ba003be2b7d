package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.query.BoundQuery;
import org.paperkg.query.CatalogueQuery;
import org.paperkg.query.CatalogueRunner;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.query.QueryFixture;
import org.paperkg.query.SparqlTarget;
import org.paperkg.store.KgStore;

/** {@code paperkg bench queries} in-process, on a store holding the query fixture's four papers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchQueriesCommandTest {

    /** Values under which every catalogue query returns rows on the fixture. */
    private static final Map<String, String> PARAMS = Map.of("method", "AlphaNet", "dataset", "ImageNet",
            "metric", "accuracy", "entity", "AlphaNet", "minPapers", "1", "paper", "1901.00001");

    private Path db;

    @BeforeAll
    void store(@TempDir Path dir) {
        db = dir.resolve("db");
        QueryFixture.store(db);
    }

    @Test
    void printsALinePerCatalogueQueryWithTheRowsTheRunnerReturns() {
        List<String> args = new java.util.ArrayList<>(List.of("bench", "queries", "--db", db.toString(), "--runs", "2"));
        PARAMS.forEach((k, v) -> args.addAll(List.of("--param", k + "=" + v)));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();

        Map<String, Long> printed = new LinkedHashMap<>();
        for (String line : r.out().lines().toList()) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length >= 6 && cells[1].matches("\\d+")) {
                printed.put(cells[0], Long.parseLong(cells[1]));
                assertThat(line).as("time columns of " + cells[0])
                        .matches("\\S+\\s+\\d+(\\s+\\d+\\.\\d){4}(\\s+over 1 s)?");
            }
        }
        QueryCatalogue catalogue = QueryCatalogue.load();
        Map<String, Long> expected = new LinkedHashMap<>();
        try (KgStore kg = KgStore.open(db, QueryFixture.IRIS)) {
            CatalogueRunner runner = new CatalogueRunner(catalogue, SparqlTarget.local(kg.dataset()), QueryFixture.IRIS);
            for (CatalogueQuery q : catalogue.queries()) {
                Map<String, String> values = new LinkedHashMap<>();
                PARAMS.forEach((k, v) -> q.parameter(k).ifPresent(p -> values.put(k, v)));
                BoundQuery bound = runner.bind(q, values);
                expected.put(q.name(), (long) runner.table(bound, Integer.MAX_VALUE).rows().size());
            }
        }
        assertThat(printed).containsExactlyEntriesOf(expected);
        assertThat(expected.values()).allSatisfy(n -> assertThat(n).isPositive());
        assertThat(r.out()).contains("2 timed runs per query").containsPattern("\\d+ of " + expected.size() + " queries over 1 s");
    }

    @Test
    void mistakesAreUsageErrors() {
        Cli unknown = Cli.run("bench", "queries", "--db", db.toString(), "--param", "colour=blue");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no catalogue query has a parameter 'colour'", "minConfidence");
        Cli noStore = Cli.run("bench", "queries", "--db", db.resolveSibling("absent").toString());
        assertThat(noStore.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noStore.err()).contains("no store at");
        Cli badValue = Cli.run("bench", "queries", "--db", db.toString(), "--param", "minConfidence=2", "--runs", "1");
        assertThat(badValue.exitCode()).isEqualTo(ExitCodes.USAGE);
        Cli noInput = Cli.run("bench");
        assertThat(noInput.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noInput.err()).contains("give --input PATH", "paperkg bench queries --db DIR");
    }
}
