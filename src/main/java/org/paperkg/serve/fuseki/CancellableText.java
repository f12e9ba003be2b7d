package org.paperkg.serve.fuseki;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string that a regular expression reads through {@link #charAt}, and that stops the match
 * once the query it belongs to is cancelled.
 *
 * <p>{@code java.util.regex} never looks at the clock or at interrupts: a pattern such as
 * {@code (.*x){12}y} on a long string backtracks for hours inside one {@code find()}, and ARQ's
 * timeout, which only sets the query's cancel flag and is checked between solutions, cannot
 * reach it. Every character the matcher reads comes through here, so every {@value #CHECK_EVERY}
 * reads the flag (and the thread's interrupt status) is looked at, and a cancelled query ends
 * the match with {@link QueryCancelledException}, which ARQ and Fuseki report as a timeout.
 */
final class CancellableText implements CharSequence {

    /** How many character reads pass between two looks at the cancel flag. */
    static final int CHECK_EVERY = 4096;

    private final String text;
    private final AtomicBoolean cancelled;
    private int untilCheck = CHECK_EVERY;

    /** @param cancelled the query's cancel signal; null to watch only the thread's interrupt status */
    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck <= 0) {
            untilCheck = CHECK_EVERY;
            if ((cancelled != null && cancelled.get()) || Thread.currentThread().isInterrupted()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
