package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.query.QueryFixture;

/** {@code paperkg query} in-process, on a store holding the query fixture's four papers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCommandTest {

    private Path tmp;
    private Path db;

    @BeforeAll
    void store(@TempDir Path dir) {
        tmp = dir;
        db = tmp.resolve("db");
        QueryFixture.store(db);
    }

    @Test
    void listShowsEveryQueryWithItsParameters() {
        Cli r = Cli.run("query", "--list");
        assertThat(r.exitCode()).isZero();
        for (String name : QueryCatalogue.load().names()) {
            assertThat(r.out()).contains(name);
        }
        assertThat(r.out()).contains("Leaderboard for a dataset and metric")
                .contains("dataset=ImageNet metric=\"top-1 accuracy\" limit=20 minConfidence=0");
    }

    @Test
    void runsACatalogueQueryByName() {
        Cli r = Cli.run("query", "top-datasets", "--db", db.toString(), "--param", "limit=2", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().replace("\r\n", "\n")).isEqualTo("""
                dataset,label,papers
                https://w3id.org/paperkg/resource/dataset/imagenet,ImageNet,4
                https://w3id.org/paperkg/resource/dataset/cifar-10,CIFAR-10,2
                """);
        Cli strong = Cli.run("query", "top-datasets", "--db", db.toString(), "--min-confidence", "0.5", "--format", "tsv");
        assertThat(strong.out()).contains("\"CIFAR-10\"\t1");
    }

    @Test
    void aGraphQueryWritesTurtle() {
        Cli r = Cli.run("query", "paper-neighbourhood", "--db", db.toString(), "-p", "paper=1901.00001");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("pk:codeRepository", "<https://github.com/example/alphanet>");
    }

    @Test
    void mistakesAreUsageErrorsThatSayWhatIsAllowed() {
        Cli unknown = Cli.run("query", "top-dataset", "--db", db.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("no query named 'top-dataset'", "top-datasets");
        Cli missing = Cli.run("query", "similar-papers", "--db", db.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("needs parameter 'paper'", "paper=<paper> limit=20 minConfidence=0");
        Cli both = Cli.run("query", "top-datasets", "--db", db.toString(), "--endpoint", "http://localhost:1/kg/sparql");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("either --db or --endpoint");
        Cli badEndpoint = Cli.run("query", "top-datasets", "--endpoint", "ftp://x/kg");
        assertThat(badEndpoint.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(badEndpoint.err()).contains("endpoint must be an http(s) URL");
        assertThat(Cli.run("query").exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aQueryFileRunsAsBeforeWithPredeclaredPrefixes() throws IOException {
        Path file = tmp.resolve("count.rq");
        Files.writeString(file, """
                SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {
                  ?p pk:usesDataset ?d .
                  ?ev rdf:subject ?p ; rdf:object ?d ; pk:confidence ?c . FILTER(?c >= ?minConfidence)
                }""");
        Cli r = Cli.run("query", file.toString(), "--db", db.toString(), "--min-confidence", "0.95", "--format", "csv");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().replace("\r\n", "\n")).isEqualTo("n\n1\n");
        Cli missing = Cli.run("query", tmp.resolve("nope.rq").toString(), "--db", db.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no such query file");
    }

    @Test
    void showPrintsTheQuery() {
        Cli r = Cli.run("query", "leaderboard", "--show");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("# title: Leaderboard for a dataset and metric").contains("pk:higherIsBetter");
    }
}
