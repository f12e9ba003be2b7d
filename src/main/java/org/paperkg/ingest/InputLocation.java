package org.paperkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A file or folder that {@link Corpus} reads: a local path ({@link #of(Path)}), or, on Spark's
 * driver, a path on any Hadoop file system ({@code hdfs://}, {@code s3a://}; see
 * {@code org.paperkg.spark.HadoopInput}). The readers see only names and byte streams, so every
 * format reads the same from either.
 */
public interface InputLocation {

    /** How messages and {@link SourceRef}s name it: the path or URI as the user gave it. */
    String name();

    /** The last segment of the name ({@code abstracts.jsonl.gz}), for extensions and hidden files. */
    String fileName();

    boolean exists() throws IOException;

    boolean isFolder() throws IOException;

    boolean isRegularFile() throws IOException;

    /** What a folder holds, in any order; {@link Corpus} sorts by {@link #fileName()}. */
    List<InputLocation> children() throws IOException;

    /** The raw bytes of a file (not decompressed; {@link Inputs#open} recognises gzip). */
    InputStream openRaw() throws IOException;

    /**
     * What identifies a folder when links lead back to it (a local folder's real path), so a
     * walk never reads it twice.
     */
    Object identity() throws IOException;

    /** A local file or folder. */
    static InputLocation of(Path path) {
        return new LocalInput(path);
    }
}
