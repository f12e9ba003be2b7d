package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void aNameShowsWithoutDashesAtItsEnds() {
        assertThat(Names.display("-video understanding")).isEqualTo("video understanding");
        assertThat(Names.display("image generation -")).isEqualTo("image generation");
        assertThat(Names.display("Mask R-CNN")).isEqualTo("Mask R-CNN");
        assertThat(Names.display("-")).isEqualTo("-");
    }

    @Test
    void aPluralAcronymShowsSingular() {
        assertThat(Names.display("CNNs")).isEqualTo("CNN");
        assertThat(Names.display("-LLMs")).isEqualTo("LLM");
    }
}
