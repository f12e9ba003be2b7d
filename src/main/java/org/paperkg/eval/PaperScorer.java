package org.paperkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores an extractor against paper-level gold: for each gold paper it finds the input paper by
 * title, extracts it and judges every field (entities by name and alias, proposals by name and
 * type, results by metric and normalised value, code by exact URL).
 *
 * <pre>{@code
 * PaperScore score = new PaperScorer(extractor, index).score("gold.jsonl", PaperGoldReader.read(goldFile));
 * double f1 = score.overall().f1();
 * }</pre>
 *
 * <p>Gold papers missing from the inputs are listed in {@link PaperScore#notFound()}, not scored
 * as misses: a missing input is a setup error, not an extraction error.
 */
public final class PaperScorer {

    private static final Logger LOG = LoggerFactory.getLogger(PaperScorer.class);

    private final Extractor extractor;
    private final PaperSource papers;

    public PaperScorer(Extractor extractor, PaperSource papers) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.papers = Objects.requireNonNull(papers, "papers");
    }

    /** Scores every gold paper of one file. */
    public PaperScore score(String file, List<PaperGold> gold) {
        List<PaperOutcome> outcomes = new ArrayList<>();
        List<PaperGold> notFound = new ArrayList<>();
        for (PaperGold g : gold) {
            Optional<Paper> paper = papers.byTitle(g.title());
            if (paper.isEmpty()) {
                LOG.warn("{}: gold paper {} \"{}\" is in none of the inputs; not scored", g.source(), g.gid(), g.title());
                notFound.add(g);
                continue;
            }
            outcomes.add(judge(g, extractor.extract(paper.get())));
        }
        return new PaperScore(file, outcomes, notFound);
    }

    /** Judges one paper's extraction against its gold record. */
    public static PaperOutcome judge(PaperGold gold, Extraction extraction) {
        return PaperJudge.judge(gold, extraction);
    }
}
