package org.paperkg.ingest;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Counts problems by {@linkplain ProblemHandler#category category} and passes each one on to
 * another handler; {@link Corpus} uses it to build the {@link IngestSummary}.
 *
 * <p>Not thread-safe: one counter serves one ingest run.
 */
public final class ProblemCounter implements ProblemHandler {

    private final ProblemHandler delegate;
    private final Map<String, Long> skippedByReason = new TreeMap<>();
    private long warnings;
    private final Map<String, Long> damagedByReason = new TreeMap<>();

    public ProblemCounter(ProblemHandler delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void skipped(SourceRef where, String reason) {
        skippedByReason.merge(ProblemHandler.category(reason), 1L, Long::sum);
        delegate.skipped(where, reason);
    }

    @Override
    public void warning(SourceRef where, String message) {
        warnings++;
        delegate.warning(where, message);
    }

    @Override
    public void damaged(SourceRef where, String message) {
        warnings++;
        damagedByReason.merge(ProblemHandler.category(message), 1L, Long::sum);
        delegate.damaged(where, message);
    }

    @Override
    public void note(SourceRef where, String message) {
        delegate.note(where, message);
    }

    /** Records kept with some text lost, by category, in category order. */
    public Map<String, Long> damagedByReason() {
        return Collections.unmodifiableMap(damagedByReason);
    }

    /** Skips so far, by category, in category order. */
    public Map<String, Long> skippedByReason() {
        return Collections.unmodifiableMap(skippedByReason);
    }

    /** All skips so far. */
    public long skipped() {
        return skippedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Warnings so far. */
    public long warnings() {
        return warnings;
    }
}
