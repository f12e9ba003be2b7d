package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.testing.SharedData;

/** The foundation's acceptance check on the real seed listings, through the command line. */
class SeedBuildIT {

    @TempDir
    Path tmp;

    @Test
    void seedsBuildToFourHundredSixtyEightPapersIdempotentlyAndConform() throws IOException {
        Path seeds = SharedData.require("seeds");
        Path db = tmp.resolve("db");
        Cli first = Cli.run("build", "--db", db.toString(), seeds.toString());
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("read 523 records: 468 papers");

        Path q = tmp.resolve("count.rq");
        Files.writeString(q, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a pk:Paper }");
        assertThat(Cli.run("query", q.toString(), "--db", db.toString(), "--format", "csv").out().lines())
                .containsExactly("n", "468");

        String triples = triples(Cli.run("stats", "--db", db.toString()).out());
        Cli second = Cli.run("build", "--db", db.toString(), seeds.toString());
        assertThat(second.out()).contains("(0 written, 468 unchanged)").contains("(+0)");
        assertThat(triples(Cli.run("stats", "--db", db.toString()).out())).isEqualTo(triples);

        Cli validate = Cli.run("validate", "--db", db.toString());
        assertThat(validate.out()).contains("conforms: yes");
        assertThat(validate.exitCode()).isZero();
    }

    private static String triples(String statsOut) {
        return statsOut.lines().filter(l -> l.startsWith("triples")).findFirst().orElseThrow();
    }
}
