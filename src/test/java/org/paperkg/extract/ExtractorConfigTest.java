package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Configuration and pipeline validation; fails before any model is loaded. */
class ExtractorConfigTest {

    @Test
    void defaultsAreTheFastPipeline() {
        ExtractorConfig c = ExtractorConfig.defaults();
        assertThat(c.annotators()).containsExactly("tokenize", "ssplit", "pos", "lemma");
        assertThat(c.builtinTerms()).isTrue();
        assertThat(c.minConfidence()).isEqualTo(0.5);
        assertThat(c.withMinConfidence(0.8).minConfidence()).isEqualTo(0.8);
        assertThat(c.crf()).isEqualTo(ExtractorConfig.DEFAULT_CRF);
        assertThat(c.withCrf(!c.crf()).crf()).isNotEqualTo(c.crf());
        assertThat(c.withCrf(true).withMinConfidence(0.7).crf()).as("other withers keep the switch").isTrue();
    }

    @Test
    void theRulesNeedTagsAndLemmas() {
        assertThatThrownBy(() -> ExtractorConfig.defaults().withAnnotators(List.of("tokenize", "ssplit")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pos and lemma");
    }

    @Test
    void confidenceThresholdMustBeAProbability() {
        assertThatThrownBy(() -> ExtractorConfig.defaults().withMinConfidence(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0,1]");
    }

    @Test
    void unknownOrMisorderedAnnotatorsAreNamed() {
        assertThatThrownBy(() -> NlpPipeline.create(List.of("tokenize", "pos", "lemma", "coref")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coref")
                .hasMessageContaining("depparse");
        assertThatThrownBy(() -> NlpPipeline.create(List.of("tokenize", "lemma", "pos")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order");
        assertThatThrownBy(() -> NlpPipeline.create(List.of("tokenize", "ner")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pos");
    }
}
