package org.paperkg.ingest;

import java.util.Objects;

/**
 * A problem in the input that the active {@link ProblemHandler} chose not to tolerate, such as
 * anything at all under {@link ProblemHandler#strict()}.
 *
 * <p>The message starts with {@code file:line} so that it can be printed as is.
 */
public class IngestException extends RuntimeException {

    private final transient SourceRef where;

    public IngestException(SourceRef where, String message) {
        super(Objects.requireNonNull(where, "where") + ": " + message);
        this.where = where;
    }

    /** The file and line the problem was found at. */
    public SourceRef where() {
        return where;
    }
}
