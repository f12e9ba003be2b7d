package org.paperkg.ingest;

import java.util.Objects;
import org.slf4j.Logger;

/**
 * What to do about bad input, injected into every {@link CorpusReader} so that the same reader is
 * lenient on real data and strict in tests.
 *
 * <p>Readers call {@link #skipped} when a record (or a whole file, or the rest of a file) could not
 * be used and {@link #warning} when they repaired something and kept the record. Both take the
 * place the problem starts at; a handler may throw {@link IngestException} to stop reading.
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
