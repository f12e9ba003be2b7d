package org.paperkg.eval;

import java.util.List;
import java.util.Objects;
import org.paperkg.domain.Counts;

/**
 * Paper-level scores of one gold file.
 *
 * @param file     the gold file as named
 * @param papers   one outcome per gold paper that was found in the inputs
 * @param notFound gold papers whose title no input holds; they are not scored
 */
public record PaperScore(String file, List<PaperOutcome> papers, List<PaperGold> notFound) {

    public PaperScore {
        Objects.requireNonNull(file, "file");
        papers = List.copyOf(papers);
        notFound = List.copyOf(notFound);
    }

    /** Counts of one field summed over the papers (micro average). */
    public Counts total(Field field) {
        return papers.stream().map(p -> p.field(field).counts()).reduce(Counts.ZERO, Counts::plus);
    }

    /** Counts of every field in the overall score, summed over the papers. */
    public Counts overall() {
        return papers.stream().map(PaperOutcome::overall).reduce(Counts.ZERO, Counts::plus);
    }

    /** Every judged prediction of every paper. */
    public List<Judgement> judgements() {
        return papers.stream()
                .flatMap(p -> p.fields().values().stream())
                .flatMap(f -> f.predictions().stream())
                .toList();
    }

    /** Confidence calibration of the entity links and proposals. */
    public Calibration calibration() {
        return Calibration.of(judgements());
    }
}
