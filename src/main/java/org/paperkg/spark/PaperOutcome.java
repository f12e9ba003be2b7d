package org.paperkg.spark;

import java.io.Serializable;

/**
 * What an executor made of one {@link PaperGroup}.
 *
 * @param entry  the paper's manifest entry (its hash carries the retry prefix when extraction failed)
 * @param nquads the whole graph as sorted N-Quads lines, or null when the paper is unchanged
 * @param failed whether extraction failed (the paper is kept without facts, as in {@code build})
 */
record PaperOutcome(Manifest.Entry entry, String nquads, boolean failed) implements Serializable {

    boolean written() {
        return nquads != null;
    }

    /** The outcome without its graph: what the driver collects. */
    PaperOutcome summary() {
        return new PaperOutcome(entry, written() ? "" : null, failed);
    }
}
