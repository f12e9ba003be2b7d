package org.paperkg.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.link.ResourceIris;

/**
 * Bad input, a failed and retried task, and an incremental run, on 60 arXiv abstracts in shards
 * of 20 papers.
 */
class SparkFaultsIT {

    private static final ResourceIris IRIS = ResourceIris.defaults();

    @TempDir
    Path tmp;

    @Test
    void badRecordIsReportedAndSkippedAndARetriedTaskLeavesTheSameShards() throws IOException {
        Path input = withBadLine(SparkFixtures.firstAbstracts(60, tmp), 5);
        SparkJobOptions options = SparkJobOptions.of(List.of(input.toString()), tmp.resolve("clean").toString(), IRIS)
                .withPapersPerShard(20);

        SparkFixtures.Problems problems = new SparkFixtures.Problems();
        SparkJobReport clean = SparkJob.run("local[2]", options, problems);
        assertThat(problems.skipped).hasSize(1);
        assertThat(problems.skipped.get(0)).startsWith(input + ":5: ").contains("invalid JSON");
        assertThat(clean.recordsRead()).isEqualTo(59);
        assertThat(clean.incomplete()).isTrue();
        assertThat(clean.shards()).isEqualTo(3);

        // local[2,3]: up to 3 attempts per task; the first attempt of partition 0 dies half-way.
        Path retriedOut = tmp.resolve("retried");
        SparkJobReport retried = SparkJob.run("local[2,3]",
                options.withFailOnceAfter(10).withOut(retriedOut.toString()),
                new SparkFixtures.Problems());
        assertThat(retried.written()).isEqualTo(clean.written());
        Map<String, Graph> graphs = SparkFixtures.shardGraphs(retriedOut); // fails on a graph seen twice
        assertThat(graphs).hasSize((int) clean.papers() + 2);
        for (String shard : List.of("part-00000.nq.gz", "part-00001.nq.gz", "part-00002.nq.gz", "manifest.tsv")) {
            assertThat(Files.readAllBytes(retriedOut.resolve(shard))).as(shard)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("clean").resolve(shard)));
        }
    }

    @Test
    void incrementalRunWritesOnlyChangedGraphsAndListsTheGoneOnes() throws IOException {
        Path input = SparkFixtures.firstAbstracts(30, tmp);
        Path first = tmp.resolve("first");
        SparkJob.run("local[2]", SparkJobOptions.of(List.of(input.toString()), first.toString(), IRIS), new SparkFixtures.Problems());

        List<String> lines = new ArrayList<>(Files.readAllLines(input));
        String removed = lines.remove(29);
        lines.set(3, lines.get(3).replaceFirst("\"abstract\": ?\"", "$0A changed first sentence. "));
        assertThat(lines.get(3)).contains("A changed first sentence.");
        Path changed = Files.write(tmp.resolve("changed.jsonl"), lines);

        Path second = tmp.resolve("second");
        SparkJobReport r = SparkJob.run("local[2]", SparkJobOptions.of(List.of(changed.toString()), second.toString(), IRIS)
                .withPrevious(first.resolve(Manifest.FILE).toString()), new SparkFixtures.Problems());
        assertThat(r.written()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(28);
        assertThat(r.dropped()).isEqualTo(1);
        Map<String, Graph> graphs = SparkFixtures.shardGraphs(second);
        assertThat(graphs.keySet()).filteredOn(g -> g.contains("/graph/paper/")).hasSize(1);
        List<String> drops = Files.readAllLines(second.resolve(Manifest.DROP_FILE));
        assertThat(drops).hasSize(1);
        assertThat(removed).contains(drops.get(0).replaceFirst(".*/arxiv-", ""));
        assertThat(Files.readAllLines(second.resolve(Manifest.FILE))).hasSize(29 + 1);
    }

    private static Path withBadLine(Path jsonl, int lineNumber) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(jsonl));
        lines.set(lineNumber - 1, "{\"title\": \"cut off");
        return Files.write(jsonl, lines);
    }
}
