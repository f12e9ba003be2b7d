package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paperkg.testing.SharedData;

/** The benchmark runs end to end on a few seed papers and prints every row it promises. */
class BenchCommandIT {

    @Test
    void benchPrintsThroughputOverheadBuildAndHeap() {
        Cli r = Cli.run("bench", "--input", SharedData.require("seeds/001_e17c8b2eef824017.txt").toString(),
                "--limit", "6", "--threads", "1,2", "--rounds", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("6 papers")
                .containsPattern("bare CoreNLP tokenize,ssplit,pos,lemma\\s+1\\s+\\d+\\.\\d")
                .containsPattern("paperkg extraction\\s+2\\s+\\d+\\.\\d")
                .containsPattern("own overhead over bare CoreNLP\\s+2\\s+-?\\d+\\.\\d%\\s+-?\\d+\\.\\d%")
                .containsPattern("paperkg's own work \\(marks, rules, assembly\\) = \\d+\\.\\d% of CoreNLP's time")
                .containsPattern("build into TDB2 \\(end to end\\).*\\(6 papers")
                .containsPattern("build over bare CoreNLP\\s+2\\s+-?\\d+\\.\\d%")
                .contains("max heap:");
    }
}
