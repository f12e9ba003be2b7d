package org.paperkg.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether the extractor's confidences mean what they say: predicted entity links and proposals
 * grouped by confidence, with the share of each group that was right.
 *
 * <p>Only facts with a verdict count: true positives and duplicates are right, false positives
 * wrong; matches of optional gold entries are left out. The target is that facts the extractor
 * gives {@value #HIGH} or more are right at least {@value #TARGET} of the time, so that a graph
 * filtered at that threshold can be trusted.
 *
 * @param buckets the confidence ranges, lowest first
 * @param high    facts with confidence at least {@value #HIGH}
 */
public record Calibration(List<Bucket> buckets, Bucket high) {

    /** The confidence from which facts must meet {@link #TARGET}. */
    public static final double HIGH = 0.8;
    /** The precision facts of confidence {@link #HIGH} or more must reach. */
    public static final double TARGET = 0.90;

    private static final double[] LOWER = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9};

    /**
     * Facts with confidence in [low, high), the last bucket including 1.0.
     *
     * @param count   facts judged right or wrong
     * @param correct facts judged right
     */
    public record Bucket(double low, double high, int count, int correct) {

        public double precision() {
            return count == 0 ? 0.0 : (double) correct / count;
        }

        /** "[0.5,0.6)" or "[0.9,1.0]". */
        public String range() {
            return String.format(java.util.Locale.ROOT, "[%.1f,%.1f%s", low, high, high >= 1.0 ? "]" : ")");
        }
    }

    public Calibration {
        buckets = List.copyOf(buckets);
    }

    /** Builds the table from judged predictions; fields not {@link Field#calibrated()} are skipped. */
    public static Calibration of(List<Judgement> judgements) {
        int[] count = new int[LOWER.length];
        int[] correct = new int[LOWER.length];
        int highCount = 0;
        int highCorrect = 0;
        for (Judgement j : judgements) {
            if (!j.field().calibrated() || j.verdict() == Judgement.Verdict.OPTIONAL) {
                continue;
            }
            int b = bucketOf(j.confidence());
            count[b]++;
            boolean right = j.verdict().correct();
            if (right) {
                correct[b]++;
            }
            if (j.confidence() >= HIGH) {
                highCount++;
                if (right) {
                    highCorrect++;
                }
            }
        }
        List<Bucket> buckets = new ArrayList<>(LOWER.length);
        for (int b = 0; b < LOWER.length; b++) {
            double upper = b + 1 < LOWER.length ? LOWER[b + 1] : 1.0;
            buckets.add(new Bucket(LOWER[b], upper, count[b], correct[b]));
        }
        return new Calibration(buckets, new Bucket(HIGH, 1.0, highCount, highCorrect));
    }

    /** True when the high-confidence facts reach {@link #TARGET} (false when there are none). */
    public boolean meetsTarget() {
        return high.count() > 0 && high.precision() >= TARGET;
    }

    private static int bucketOf(double confidence) {
        for (int b = LOWER.length - 1; b > 0; b--) {
            if (confidence >= LOWER[b]) {
                return b;
            }
        }
        return 0;
    }
}
