package org.paperkg.eval;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.paperkg.extract.CodeLink;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.ResultMention;
import org.paperkg.extract.Section;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.SourceRef;

/** Hand-made extractions and extractors for eval tests; nothing here holds state. */
final class Fakes {

    private Fakes() {
    }

    static Evidence evidence(int start, int end, double confidence) {
        return new Evidence(Section.ABSTRACT, start, end, "a sentence", "fake", confidence);
    }

    static Evidence titleEvidence(int start, int end) {
        return new Evidence(Section.TITLE, start, end, "a title", "fake", 0.9);
    }

    /** An entity with one abstract mention at [0,1) and the given confidence. */
    static ExtractedEntity entity(EntityType type, String name, double confidence, String... aliases) {
        return new ExtractedEntity(type, name, List.of(aliases), null, false, List.of(evidence(0, 1, confidence)));
    }

    static ExtractedEntity proposed(EntityType type, String name, double confidence, String... aliases) {
        return new ExtractedEntity(type, name, List.of(aliases), null, true, List.of(evidence(0, 1, confidence)));
    }

    /** An entity with one abstract mention per {start, end} pair. */
    static ExtractedEntity spans(EntityType type, String name, int[]... spans) {
        List<Evidence> ev = java.util.Arrays.stream(spans).map(s -> evidence(s[0], s[1], 0.9)).toList();
        return new ExtractedEntity(type, name, List.of(), null, false, ev);
    }

    static ResultMention result(String metric, String value, String unit, String written, boolean delta,
                                String dataset, String method) {
        return new ResultMention(metric, new BigDecimal(value), unit, written, delta, dataset, method,
                evidence(0, 1, 0.9));
    }

    static CodeLink code(String url) {
        return new CodeLink(url, evidence(0, 1, 0.95));
    }

    static Extraction extraction(List<ExtractedEntity> entities) {
        return new Extraction("fake-1", entities, List.of(), List.of(), List.of());
    }

    static Extraction extraction(List<ExtractedEntity> entities, List<ResultMention> results, List<CodeLink> code) {
        return new Extraction("fake-1", entities, results, code, List.of());
    }

    static Paper paper(String title, String abstractText) {
        return new Paper(null, title, abstractText, title, abstractText, null, null, null, List.of(),
                new SourceRef("papers.txt", 1));
    }

    /** An extractor that answers each paper with {@code answer}. */
    static Extractor extractor(Function<Paper, Extraction> answer) {
        return new Extractor() {
            @Override
            public Extraction extract(Paper paper) {
                return answer.apply(paper);
            }

            @Override
            public String version() {
                return "fake-1";
            }
        };
    }
}
