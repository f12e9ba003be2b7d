package org.paperkg.spark;

import java.util.List;
import java.util.Objects;
import org.paperkg.extract.ExtractorConfig;
import org.paperkg.link.ResourceIris;

/**
 * How one Spark run goes.
 *
 * @param inputs             files and folders to read on the driver: local paths, or Hadoop file
 *                           system URIs ({@code hdfs://}, {@code s3a://}, {@code file://}) whose
 *                           connector is on the class path
 * @param out                the shard folder to create: a local path or a Hadoop file system URI
 *                           ({@code hdfs://}, {@code s3a://}) whose connector is on the class path
 * @param iris               the resource base
 * @param papersPerShard     papers per partition and so per shard, at least 1; the shard count
 *                           depends on the input only, so the same input gives the same shards
 *                           on any number of executors
 * @param previous           a previous run's manifest (local path or URI), or null for a full run
 * @param crf                whether the extractor runs the CRF beside the rules
 * @param failOnceAfter      fault injection for tests: the first attempt of partition 0 dies
 *                           after writing this many graphs; -1 (always, outside tests) for none
 */
public record SparkJobOptions(List<String> inputs, String out, ResourceIris iris, int papersPerShard, String previous,
        boolean crf, int failOnceAfter) {

    /** Papers per shard unless told otherwise: about 20 s of CoreNLP per task, 3 MB of gzip per shard. */
    public static final int DEFAULT_PAPERS_PER_SHARD = 1000;

    public SparkJobOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(iris, "iris");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given: name at least one file or folder");
        }
        if (papersPerShard < 1 || papersPerShard > 1_000_000) {
            throw new IllegalArgumentException("papers per shard must be between 1 and 1000000, got " + papersPerShard);
        }
    }

    /** A full run with the defaults. */
    public static SparkJobOptions of(List<String> inputs, String out, ResourceIris iris) {
        return new SparkJobOptions(inputs, out, iris, DEFAULT_PAPERS_PER_SHARD, null, ExtractorConfig.DEFAULT_CRF, -1);
    }

    public SparkJobOptions withPapersPerShard(int n) {
        return new SparkJobOptions(inputs, out, iris, n, previous, crf, failOnceAfter);
    }

    public SparkJobOptions withOut(String folder) {
        return new SparkJobOptions(inputs, folder, iris, papersPerShard, previous, crf, failOnceAfter);
    }

    public SparkJobOptions withPrevious(String manifest) {
        return new SparkJobOptions(inputs, out, iris, papersPerShard, manifest, crf, failOnceAfter);
    }

    public SparkJobOptions withCrf(boolean on) {
        return new SparkJobOptions(inputs, out, iris, papersPerShard, previous, on, failOnceAfter);
    }

    public SparkJobOptions withFailOnceAfter(int papers) {
        return new SparkJobOptions(inputs, out, iris, papersPerShard, previous, crf, papers);
    }
}
