package org.paperkg.eval;

import java.util.List;
import java.util.Objects;
import org.paperkg.domain.Counts;

/**
 * The scoring of one field of one paper: every prediction with its verdict, and the required
 * gold entries that no prediction matched.
 */
public record FieldOutcome(Field field, List<Judgement> predictions, List<String> missed) {

    public FieldOutcome {
        Objects.requireNonNull(field, "field");
        predictions = List.copyOf(predictions);
        missed = List.copyOf(missed);
    }

    public Counts counts() {
        int tp = 0;
        int fp = 0;
        for (Judgement j : predictions) {
            if (j.verdict() == Judgement.Verdict.TRUE_POSITIVE) {
                tp++;
            } else if (j.verdict() == Judgement.Verdict.FALSE_POSITIVE) {
                fp++;
            }
        }
        return new Counts(tp, fp, missed.size());
    }

    /** The predictions that matched nothing, as printed. */
    public List<String> falsePositives() {
        return predictions.stream()
                .filter(j -> j.verdict() == Judgement.Verdict.FALSE_POSITIVE)
                .map(Judgement::prediction)
                .toList();
    }
}
