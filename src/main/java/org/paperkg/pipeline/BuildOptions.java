package org.paperkg.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.paperkg.link.ResourceIris;

/**
 * How one build runs.
 *
 * @param inputs    files and folders to read
 * @param db        the TDB2 store directory
 * @param iris      the resource base
 * @param threads   extraction threads, at least 1
 * @param batchSize papers per write transaction, at least 1
 */
public record BuildOptions(List<Path> inputs, Path db, ResourceIris iris, int threads, int batchSize) {

    /**
     * Papers per write transaction unless told otherwise. TDB2 copies every index block a
     * transaction touches, so larger transactions leave a smaller store (10,000 arXiv abstracts:
     * 1.7 GB at 32 papers a commit, 1.1 GB at 1,024) at the same speed; papers are written as they
     * come, so the size costs no memory, only what a crash can take back.
     */
    public static final int DEFAULT_BATCH = 1024;

    /** Most extraction threads a build takes. */
    public static final int MAX_THREADS = 64;

    public BuildOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(iris, "iris");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given: name at least one file or folder");
        }
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", got " + threads);
        }
        if (batchSize < 1 || batchSize > 100_000) {
            throw new IllegalArgumentException("batch size must be between 1 and 100000, got " + batchSize);
        }
    }
}
