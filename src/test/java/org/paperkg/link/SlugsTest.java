package org.paperkg.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void spellingVariantsShareOneSlug() {
        assertThat(Slugs.of("ResNet50")).isEqualTo("resnet-50");
        assertThat(Slugs.of("ResNet-50")).isEqualTo("resnet-50");
        assertThat(Slugs.of("resnet 50")).isEqualTo("resnet-50");
        assertThat(Slugs.of("RESNET_50")).isEqualTo("resnet-50");
    }

    @Test
    void multiWordNamesAreHyphenated() {
        assertThat(Slugs.of("Low-Rank Adaptation")).isEqualTo("low-rank-adaptation");
        assertThat(Slugs.of("Weighted Page Rank")).isEqualTo("weighted-page-rank");
    }

    @Test
    void pluralsMeetTheirSingular() {
        assertThat(Slugs.of("Vision Transformers")).isEqualTo(Slugs.of("Vision Transformer"));
        assertThat(Slugs.of("LLMs")).isEqualTo("llm");
        assertThat(Slugs.of("GANs")).isEqualTo("gan");
        assertThat(Slugs.of("class")).isEqualTo("class");
        assertThat(Slugs.of("corpus")).isEqualTo("corpus");
        assertThat(Slugs.of("analysis")).isEqualTo("analysis");
    }

    @Test
    void accentsAndSymbolsAreDropped() {
        assertThat(Slugs.of("Fréchet Inception Distance")).isEqualTo("frechet-inception-distance");
        assertThat(Slugs.of("PanGu-α")).isEqualTo("pangu");
        assertThat(Slugs.of("???")).isEqualTo("x");
    }

    @Test
    void keyIgnoresSeparators() {
        assertThat(Slugs.key("Zero-TPrune")).isEqualTo(Slugs.key("ZeroTPrune"));
        assertThat(Slugs.key("GPT-4")).isEqualTo(Slugs.key("GPT4"));
        assertThat(Slugs.key("BERT")).isNotEqualTo(Slugs.key("BART"));
    }

    @Test
    void keyKeepsTheMarksThatTellNamesApart() {
        assertThat(Slugs.key("F1")).isEqualTo(Slugs.key("F-1")).isEqualTo(Slugs.key("F_1"))
                .isNotEqualTo(Slugs.key("F@1%"));
        assertThat(Slugs.key("C++")).isNotEqualTo(Slugs.key("C")).isNotEqualTo(Slugs.key("C#"));
        assertThat(Slugs.key("mAP@0.5")).isEqualTo(Slugs.key("mAP @ 0.5"));
    }
}
