package org.paperkg.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens input files, decompressing gzip when the file starts with gzip's magic bytes, whatever
 * its name: {@code abstracts.jsonl} that is really compressed is read right, and
 * {@code abstracts.jsonl.gz} that is not compressed is read as plain text.
 */
final class Inputs {

    private static final int BUFFER = 1 << 16;

    private Inputs() {
    }

    /** A stream over the file's content, gunzipped if it is gzip (read it in chunks: it is not buffered then). */
    static InputStream open(Path file) throws IOException {
        return open(InputLocation.of(file));
    }

    /** A stream over the location's content, gunzipped if it is gzip, as {@link #open(Path)}. */
    static InputStream open(InputLocation file) throws IOException {
        InputStream raw = new BufferedInputStream(file.openRaw(), BUFFER);
        try {
            if (isGzip(raw)) {
                // No buffer on top: BufferedInputStream fills itself with several reads and drops what
                // the earlier ones gave when a later one throws, which lost up to 64 KB of complete
                // records before the cut of a truncated file. GZIPInputStream throws only from a read
                // that produced nothing, so every byte before the break reaches the reader.
                return new GZIPInputStream(raw, BUFFER);
            }
            return raw;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Whether the stream starts with gzip's magic bytes 1f 8b; the stream must support mark. */
    static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b;
    }
}
