package org.paperkg.domain;

/**
 * True positives, false positives and false negatives, with the scores computed from them.
 * A score whose denominator is zero is reported as 0, so that an extractor that predicts nothing
 * gets precision 0 rather than a flattering NaN. Every score paperkg reports is made from one:
 * the evaluation against gold corpora and the CRF's own training score alike.
 */
public record Counts(int tp, int fp, int fn) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts must be >= 0: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Number of predictions scored: tp + fp. */
    public int predicted() {
        return tp + fp;
    }

    /** Number of gold items: tp + fn. */
    public int gold() {
        return tp + fn;
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    private static double ratio(int num, int den) {
        return den == 0 ? 0.0 : (double) num / den;
    }
}
