package org.paperkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Paper;

/**
 * Drops predictions below a confidence threshold before they are scored, to show what a graph
 * built with that threshold would hold.
 *
 * <p>Mentions (evidence) below the threshold are removed; an entity left with none is removed,
 * so an entity survives exactly when its {@link ExtractedEntity#confidence()} reaches the
 * threshold. Results, code links and comparisons are kept or dropped by their own evidence.
 */
public final class ConfidenceFilter {

    private ConfidenceFilter() {
    }

    /** The extraction without the predictions below {@code min}. */
    public static Extraction apply(Extraction extraction, double min) {
        checkThreshold(min);
        List<ExtractedEntity> entities = new ArrayList<>();
        for (ExtractedEntity e : extraction.entities()) {
            List<Evidence> kept = e.evidence().stream().filter(ev -> ev.confidence() >= min).toList();
            if (!kept.isEmpty()) {
                entities.add(kept.size() == e.evidence().size() ? e
                        : new ExtractedEntity(e.type(), e.name(), e.aliases(), e.lexiconId(), e.proposed(), kept));
            }
        }
        return new Extraction(extraction.extractorVersion(), entities,
                extraction.results().stream().filter(r -> r.evidence().confidence() >= min).toList(),
                extraction.codeLinks().stream().filter(c -> c.evidence().confidence() >= min).toList(),
                extraction.comparisons().stream().filter(c -> c.evidence().confidence() >= min).toList());
    }

    /** An extractor whose every extraction is filtered; closing it closes {@code delegate}. */
    public static Extractor wrap(Extractor delegate, double min) {
        Objects.requireNonNull(delegate, "delegate");
        checkThreshold(min);
        if (min <= 0.0) {
            return delegate;
        }
        return new Extractor() {
            @Override
            public Extraction extract(Paper paper) {
                return apply(delegate.extract(paper), min);
            }

            @Override
            public String version() {
                return delegate.version();
            }

            @Override
            public boolean threadSafe() {
                return delegate.threadSafe();
            }

            @Override
            public void close() {
                delegate.close();
            }
        };
    }

    private static void checkThreshold(double min) {
        if (!(min >= 0.0 && min <= 1.0)) {
            throw new IllegalArgumentException("minimum confidence must be in [0,1], got " + min);
        }
    }
}
