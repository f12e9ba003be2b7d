package org.paperkg.ingest;

import java.util.Objects;

/**
 * Where a record was read: the input file as the user named it and the 1-based line the record
 * starts on (0 when the format has no lines, such as an XML entry without location).
 */
public record SourceRef(String file, long line) {

    public SourceRef {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, got " + line);
        }
    }

    /** {@code file:line}, the form editors and compilers use. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
