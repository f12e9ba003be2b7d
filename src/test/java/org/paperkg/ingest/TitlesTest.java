package org.paperkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitlesTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Attention Is All You Need                       | attention is all you need
            Attention Is All You Need.                      | ATTENTION IS ALL YOU NEED
            Attention  is all\tyou need                     | attention is all you need
            Zero-Shot Token Pruning                         | Zero–Shot Token Pruning
            Zero-Shot Token Pruning                         | Zero—Shot Token Pruning
            Zero-Shot Token Pruning                         | Zero Shot Token Pruning
            PanGu-$\\alpha$: Large-scale Models             | PanGu-α: Large-scale Models
            O$^2$-Recon: Completing 3D Reconstruction       | O^2-Recon: Completing 3D Reconstruction
            Ｆｕｌｌ-width Ｔｉｔｌｅ                         | Full-width Title
            E\uFB03cient Fine-tuning                         | Efficient Fine-tuning
            Schr\\"odinger Bridges                          | Schrödinger Bridges
            Schrödinger Bridges                             | Schrodinger bridges
            Quality, & Toxicity                             | Quality &amp; Toxicity
            Straße Scenes                                   | STRASSE SCENES
            """)
    void sameTitleSameKey(String a, String b) {
        assertThat(Titles.key(a)).isEqualTo(Titles.key(b));
    }

    @Test
    void keyIsReadableAndCompact() {
        assertThat(Titles.key("  Dyna-bAbI: unlocking bAbI's potential with dynamic synthetic benchmarking. "))
                .isEqualTo("dyna babi unlocking babi s potential with dynamic synthetic benchmarking");
    }

    @Test
    void differentTitlesDifferentKeys() {
        assertThat(Titles.key("Zero-Shot Learning")).isNotEqualTo(Titles.key("Few-Shot Learning"));
        assertThat(Titles.key("ZeroShot Learning")).isNotEqualTo(Titles.key("Zero Shot Learning"));
        assertThat(Titles.key("GPT-4 Technical Report")).isNotEqualTo(Titles.key("GPT-3 Technical Report"));
        assertThat(Titles.key("PanGu-α")).isNotEqualTo(Titles.key("PanGu-β"));
    }
}
