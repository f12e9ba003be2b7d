package org.paperkg.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads one input file and hands each paper to a sink as soon as it is read, in file order.
 *
 * <p>Implementations stream: memory stays bounded by the longest record, never by the file, so a
 * corpus of 100,000 abstracts flows through. Bad records go to the {@link ProblemHandler} and the
 * rest of the file is still read; only an I/O failure that makes the file unreadable is thrown.
 *
 * <pre>{@code
 * CorpusReader reader = new JsonLinesReader();
 * reader.read(Path.of("abstracts.jsonl.gz"), "abstracts.jsonl.gz", papers::add,
 *         ProblemHandler.logging(log));
 * }</pre>
 */
public interface CorpusReader {

    /**
     * @param file        the file to read, local or on a Hadoop file system (gzip-compressed input is recognised by its content)
     * @param displayName how problems and {@link SourceRef}s name the file, normally the path as the user gave it
     * @param sink        receives each paper
     * @param problems    receives each problem; it may throw to stop reading
     */
    void read(InputLocation file, String displayName, Consumer<Paper> sink, ProblemHandler problems)
            throws IOException;

    /** Reads a local file; see {@link #read(InputLocation, String, Consumer, ProblemHandler)}. */
    default void read(Path file, String displayName, Consumer<Paper> sink, ProblemHandler problems)
            throws IOException {
        read(InputLocation.of(file), displayName, sink, problems);
    }
}
