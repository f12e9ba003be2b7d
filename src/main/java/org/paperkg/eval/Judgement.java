package org.paperkg.eval;

import java.util.Objects;

/**
 * How one predicted fact of one paper was scored.
 *
 * @param field      the gold field it was compared with
 * @param prediction the fact as printed in error analysis ("Method:POA", "mAP=0.439")
 * @param confidence the extractor's confidence in it
 * @param verdict    the outcome
 * @param gold       the gold entry it matched, or null when it matched none
 */
public record Judgement(Field field, String prediction, double confidence, Verdict verdict, String gold) {

    /** The possible outcomes of comparing one prediction with a paper's gold. */
    public enum Verdict {
        /** Matched a required gold entry that no other prediction matched. */
        TRUE_POSITIVE,
        /** Matched a required gold entry already credited to another prediction: right, not counted. */
        DUPLICATE,
        /** Matched only an optional ({@code ?}) entry: neither rewarded nor punished. */
        OPTIONAL,
        /** Matched nothing. */
        FALSE_POSITIVE;

        /** True when the fact is right (counted or duplicate); for calibration. */
        public boolean correct() {
            return this == TRUE_POSITIVE || this == DUPLICATE;
        }
    }

    public Judgement {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(prediction, "prediction");
        Objects.requireNonNull(verdict, "verdict");
    }
}
