package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static Judgement j(Field field, double confidence, Judgement.Verdict verdict) {
        return new Judgement(field, "x", confidence, verdict, null);
    }

    @Test
    void bucketBoundariesAreLowerInclusive() {
        Calibration c = Calibration.of(List.of(
                j(Field.METHODS, 0.0, Judgement.Verdict.FALSE_POSITIVE),
                j(Field.METHODS, 0.4999, Judgement.Verdict.TRUE_POSITIVE),
                j(Field.METHODS, 0.5, Judgement.Verdict.TRUE_POSITIVE),
                j(Field.TASKS, 0.6, Judgement.Verdict.FALSE_POSITIVE),
                j(Field.TASKS, 0.7, Judgement.Verdict.TRUE_POSITIVE),
                j(Field.DATASETS, 0.8, Judgement.Verdict.DUPLICATE),
                j(Field.DATASETS, 0.9, Judgement.Verdict.FALSE_POSITIVE),
                j(Field.PROPOSED, 1.0, Judgement.Verdict.TRUE_POSITIVE)));

        assertThat(c.buckets()).extracting(Calibration.Bucket::range)
                .containsExactly("[0.0,0.5)", "[0.5,0.6)", "[0.6,0.7)", "[0.7,0.8)", "[0.8,0.9)", "[0.9,1.0]");
        assertThat(c.buckets()).extracting(Calibration.Bucket::count).containsExactly(2, 1, 1, 1, 1, 2);
        assertThat(c.buckets()).extracting(Calibration.Bucket::correct).containsExactly(1, 1, 0, 1, 1, 1);
        assertThat(c.buckets().get(0).precision()).isEqualTo(0.5);
    }

    @Test
    void optionalMatchesAndUncalibratedFieldsAreLeftOut() {
        Calibration c = Calibration.of(List.of(
                j(Field.METHODS, 0.95, Judgement.Verdict.OPTIONAL),
                j(Field.RESULTS, 0.95, Judgement.Verdict.FALSE_POSITIVE),
                j(Field.CODE, 0.95, Judgement.Verdict.FALSE_POSITIVE),
                j(Field.METRICS, 0.95, Judgement.Verdict.TRUE_POSITIVE)));

        assertThat(c.high()).isEqualTo(new Calibration.Bucket(0.8, 1.0, 1, 1));
    }

    @Test
    void targetIsPrecisionAtLeast090AtConfidenceAtLeast08() {
        List<Judgement> nineOfTen = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nineOfTen.add(j(Field.METHODS, 0.85, Judgement.Verdict.TRUE_POSITIVE));
        }
        nineOfTen.add(j(Field.METHODS, 0.99, Judgement.Verdict.FALSE_POSITIVE));
        nineOfTen.add(j(Field.METHODS, 0.79, Judgement.Verdict.FALSE_POSITIVE));

        Calibration c = Calibration.of(nineOfTen);

        assertThat(c.high().count()).isEqualTo(10);
        assertThat(c.high().precision()).isEqualTo(0.9);
        assertThat(c.meetsTarget()).isTrue();
        nineOfTen.add(j(Field.TASKS, 0.8, Judgement.Verdict.FALSE_POSITIVE));
        assertThat(Calibration.of(nineOfTen).meetsTarget()).as("9 of 11 = 0.82").isFalse();
        assertThat(Calibration.of(List.of()).meetsTarget()).as("no facts, nothing shown").isFalse();
    }
}
