package org.paperkg.eval;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A gold or annotated-corpus file that cannot be read as such. The message starts with
 * {@code file:line:}, the form editors jump to, so that an annotator can fix the line at once.
 */
public final class GoldFormatException extends IOException {

    private final transient Path file;
    private final long line;

    public GoldFormatException(Path file, long line, String detail) {
        super(file + ":" + line + ": " + detail);
        this.file = file;
        this.line = line;
    }

    public GoldFormatException(Path file, long line, String detail, Throwable cause) {
        super(file + ":" + line + ": " + detail, cause);
        this.file = file;
        this.line = line;
    }

    /** The file as it was named to the reader. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the offending record. */
    public long line() {
        return line;
    }
}
