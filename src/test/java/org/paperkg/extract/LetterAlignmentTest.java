package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The letter alignment behind acronym definitions; whole sentences are tested in CoreNlpExtractorIT. */
class LetterAlignmentTest {

    private static String longForm(String shortForm, String candidate) {
        int at = LetterAlignment.longFormStart(shortForm, candidate);
        return at < 0 ? null : candidate.substring(at);
    }

    @Test
    void lettersMatchWordStartsRightToLeft() {
        assertThat(longForm("LADD", "we propose Latent Adversarial Diffusion Distillation"))
                .isEqualTo("Latent Adversarial Diffusion Distillation");
        assertThat(longForm("WPR", "via our proposed Weighted Page Rank")).isEqualTo("Weighted Page Rank");
        assertThat(longForm("mAP", "achieves a mean average precision")).isEqualTo("mean average precision");
    }

    @Test
    void lettersInsideWordsAndPluralShortForms() {
        assertThat(longForm("PETuning", "Recently, Parameter-Efficient Tuning")).isEqualTo("Parameter-Efficient Tuning");
        assertThat(longForm("LaMo", "introduces Language Models for Motion Control"))
                .isEqualTo("Language Models for Motion Control");
        assertThat(longForm("CINs", "the concept of Continual Inference Networks")).isEqualTo("Continual Inference Networks");
    }

    @Test
    void craftedCapitalsAreFollowedRatherThanTheNearestLetter() {
        assertThat(longForm("ASPIRE", "data Augmentation for SPurIous correlation REmoval"))
                .isEqualTo("Augmentation for SPurIous correlation REmoval");
        int[] at = LetterAlignment.align("SAILER", "Structure-Aware pre-traIned language model for LEgal case Retrieval");
        assertThat(at).isNotNull();
        String cand = "Structure-Aware pre-traIned language model for LEgal case Retrieval";
        StringBuilder letters = new StringBuilder();
        for (int p : at) {
            letters.append(cand.charAt(p));
        }
        assertThat(letters.toString()).isEqualTo("SAILER");
    }

    @Test
    void digitsMayStandForToAndFor() {
        assertThat(longForm("T2V", "a pre-trained text to video")).isEqualTo("text to video");
    }

    @Test
    void noDefinitionWhenLettersAreMissing() {
        assertThat(longForm("ZeroI2V", "a new adaptation paradigm")).isNull();
        assertThat(longForm("XYZ", "graph neural network")).isNull();
    }
}
