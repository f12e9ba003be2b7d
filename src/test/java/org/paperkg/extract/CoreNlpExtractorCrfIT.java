package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.SourceRef;

/**
 * The extractor with the shipped CRF switched on, end to end on an abstract written for the
 * purpose: the CRF's agreement shows on the evidence, and the facts carry the CRF version.
 */
class CoreNlpExtractorCrfIT {

    private static final String TITLE = "Better image classifiers";
    private static final String ABSTRACT = "We train a ResNet-50 on ImageNet and report top-1 accuracy for image "
            + "classification. Our model reaches 80.1% top-1 accuracy on ImageNet.";
    private static final Paper PAPER = new Paper(null, TITLE, ABSTRACT, TITLE, ABSTRACT, null, null, null, List.of(),
            new SourceRef("test", 1));

    private static List<String> producers(Extraction e) {
        return e.entities().stream().flatMap(x -> x.evidence().stream()).map(Evidence::producer).toList();
    }

    @Test
    void crfAgreementIsRecordedOnTheEvidenceAndTheVersionSaysCrf() {
        try (CoreNlpExtractor on = CoreNlpExtractor.create(CoreNlpExtractorIT.LEXICON,
                ExtractorConfig.defaults().withBuiltinTerms(false).withCrf(true));
             CoreNlpExtractor off = CoreNlpExtractor.create(CoreNlpExtractorIT.LEXICON,
                     ExtractorConfig.defaults().withBuiltinTerms(false).withCrf(false))) {
            Extraction with = on.extract(PAPER);
            Extraction without = off.extract(PAPER);
            assertThat(with.extractorVersion()).isEqualTo(ExtractorVersion.of(CoreNlpExtractor.CRF_VERSION));
            assertThat(without.extractorVersion()).isEqualTo(ExtractorVersion.of(CoreNlpExtractor.VERSION));
            assertThat(producers(with)).anyMatch(p -> List.of(p.split("\\+")).contains("crf"));
            assertThat(producers(without)).noneMatch(p -> p.contains("crf"));
            assertThat(with.entities()).extracting(ExtractedEntity::name).contains("ImageNet", "top-1 accuracy");
            assertThat(on.timings()).containsKey("crf");
            assertThat(on.crfSentences()).isPositive();
        }
    }
}
