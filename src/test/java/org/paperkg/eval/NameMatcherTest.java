package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    @Test
    void ignoresCaseHyphensSpacesAndPunctuation() {
        assertThat(NameMatcher.key("Pre-training")).isEqualTo(NameMatcher.key("pretraining"));
        assertThat(NameMatcher.key("ResNet-50")).isEqualTo(NameMatcher.key("resnet 50"));
        assertThat(NameMatcher.key("SQuAD 2.0")).isEqualTo(NameMatcher.key("squad2.0"));
        assertThat(NameMatcher.key("ROUGE-L")).isEqualTo("rougel");
    }

    @Test
    void treatsSingularAndPluralAlike() {
        assertThat(NameMatcher.key("Vision Transformers")).isEqualTo(NameMatcher.key("vision transformer"));
        assertThat(NameMatcher.key("accuracies")).isEqualTo(NameMatcher.key("accuracy"));
        assertThat(NameMatcher.key("GANs")).isEqualTo(NameMatcher.key("GAN"));
        assertThat(NameMatcher.key("loss")).isEqualTo("loss");
        assertThat(NameMatcher.key("analysis")).isEqualTo("analysis");
    }

    @Test
    void doesNotMatchAFamilyWithItsMember() {
        assertThat(NameMatcher.key("BERT")).isNotEqualTo(NameMatcher.key("BERT-base"));
        assertThat(NameMatcher.key("GPT-4")).isNotEqualTo(NameMatcher.key("GPT-4o"));
    }

    @Test
    void anyAliasMayMatchAnyAlias() {
        var predicted = NameMatcher.keys(List.of("Low-Rank Adaptation", "LoRA"));
        assertThat(NameMatcher.anyMatch(predicted, NameMatcher.keys(List.of("LoRA")))).isTrue();
        assertThat(NameMatcher.anyMatch(predicted, NameMatcher.keys(List.of("low rank adaptation", "x")))).isTrue();
        assertThat(NameMatcher.anyMatch(predicted, NameMatcher.keys(List.of("QLoRA")))).isFalse();
        assertThat(NameMatcher.keys(List.of("--", "()"))).isEmpty();
    }
}
