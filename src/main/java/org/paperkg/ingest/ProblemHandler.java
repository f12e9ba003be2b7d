package org.paperkg.ingest;

import java.util.Objects;
import org.slf4j.Logger;

/**
 * What to do about bad input, injected into every {@link CorpusReader} so that the same reader is
 * lenient on real data and strict in tests.
 *
 * <p>Readers call {@link #skipped} when a record (or a whole file, or the rest of a file) could not
 * be used, {@link #damaged} when they kept a record but lost some of its text on the way (bytes
 * that are not UTF-8 replaced, an over-long title cut), {@link #warning} when they repaired
 * something without loss and kept the record, and {@link #note} for what is left out on purpose
 * (a README in a corpus folder). Each takes the place the problem starts at; a handler may throw
 * {@link IngestException} to stop reading. Skipped and damaged input make a build exit with 3;
 * warnings and notes do not.
 *
 * <p>Messages follow one convention so that they can be grouped: a short category, a colon, then
 * the detail and what to do about it, for example
 * {@code "invalid JSON: unexpected character '}' at column 12; fix or remove the line"}. The
 * category ({@link #category}) is what {@link ProblemCounter} counts by.
 */
public interface ProblemHandler {

    /** A record, a file or the rest of a file was not read; {@code reason} says why and what to do. */
    void skipped(SourceRef where, String reason);

    /** Something was repaired and the record kept; {@code message} says what. */
    void warning(SourceRef where, String message);

    /**
     * A record was kept, but some of its text was lost (replaced or cut); {@code message} says what.
     * By default a warning; {@link ProblemCounter} counts it apart, since it makes a build incomplete.
     */
    default void damaged(SourceRef where, String message) {
        warning(where, message);
    }

    /** Something was left out on purpose and is not a problem (a folder's README); by default ignored. */
    default void note(SourceRef where, String message) {
    }

    /** Throws {@link IngestException} on every problem, warnings included: for tests. */
    static ProblemHandler strict() {
        return new ProblemHandler() {
            @Override
            public void skipped(SourceRef where, String reason) {
                throw new IngestException(where, "skipped: " + reason);
            }

            @Override
            public void warning(SourceRef where, String message) {
                throw new IngestException(where, message);
            }
        };
    }

    /** Logs each problem as one WARN line that starts with {@code file:line}, and carries on. */
    static ProblemHandler logging(Logger log) {
        Objects.requireNonNull(log, "log");
        return new ProblemHandler() {
            @Override
            public void skipped(SourceRef where, String reason) {
                log.warn("{}: skipped: {}", where, reason);
            }

            @Override
            public void warning(SourceRef where, String message) {
                log.warn("{}: {}", where, message);
            }

            @Override
            public void note(SourceRef where, String message) {
                log.info("{}: {}", where, message);
            }
        };
    }

    /**
     * The category of a message written to the convention above: the text before the first
     * colon, or the whole message when it has none.
     */
    static String category(String message) {
        int colon = message.indexOf(':');
        return (colon > 0 ? message.substring(0, colon) : message).strip();
    }
}
