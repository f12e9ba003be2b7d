package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.testing.SharedData;

/** The Spark benchmark runs both builds on a few arXiv abstracts and finds the same store. */
class BenchSparkCommandIT {

    @Test
    void buildAndSparkPlusBulkLoadAreTimedSideBySideAndAgree(@TempDir Path tmp) {
        Path work = tmp.resolve("work");
        Cli r = Cli.run("bench", "spark", "--input",
                SharedData.require("corpora/arxiv_cs_daily/abstracts.jsonl.gz").toString(), "--limit", "12",
                "--papers-per-shard", "5", "--work", work.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("first 12 lines")
                .containsPattern("build \\(2 threads\\)\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\s+\\d+\\s+\\d+\\.\\d")
                .containsPattern("spark local\\[2\\] \\(3 shards\\)\\s+\\d+\\.\\d")
                .containsPattern("load --bulk \\(parallel\\)\\s+\\d+\\.\\d")
                .containsPattern("stores: build 12 papers / [\\d,]+ triples; spark \\+ load 12 papers / [\\d,]+ triples: same")
                .containsPattern("projection: \\d+\\.\\d+ CPU s per paper");
        assertThat(work.resolve("bulk-db")).isDirectory();
        assertThat(Files.exists(work.resolve("shards").resolve("manifest.tsv"))).isTrue();
    }
}
