package org.paperkg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an extractor over one annotated corpus file, once per record, and feeds every scorer that
 * applies: mention scores always, salient recall for SciREX. Records stream through; only the
 * counts are kept.
 */
public final class CorpusEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusEvaluator.class);

    /**
     * What one corpus file scored.
     *
     * @param mentions mention-level precision, recall and F1
     * @param salient  salient-entity recall, present for SciREX
     */
    public record Result(MentionScore mentions, Optional<SalientRecall.Score> salient) {

        public Result {
            Objects.requireNonNull(mentions, "mentions");
            Objects.requireNonNull(salient, "salient");
        }
    }

    private final Extractor extractor;

    public CorpusEvaluator(Extractor extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Scores a file with the profile its folder name implies ({@link CorpusProfile#detect}). */
    public Result evaluate(Path file) throws IOException {
        return evaluate(file, CorpusProfile.detect(file));
    }

    /** Scores a file as the given corpus. */
    public Result evaluate(Path file, CorpusProfile profile) throws IOException {
        MentionScorer mentions = new MentionScorer(profile);
        SalientRecall salient = profile == CorpusProfile.SCIREX ? new SalientRecall() : null;
        long started = System.nanoTime();
        AnnotatedCorpusReader.read(file, doc -> {
            Extraction extraction = extractor.extract(CorpusPapers.toPaper(doc));
            mentions.add(doc, extraction);
            if (salient != null) {
                salient.add(doc, extraction);
            }
        });
        MentionScore score = mentions.result(file.toString());
        LOG.info("Scored {} {} records of {} in {} ms", score.docs(), profile.label(), file,
                (System.nanoTime() - started) / 1_000_000);
        return new Result(score, Optional.ofNullable(salient).map(s -> s.result(file.toString())));
    }
}
