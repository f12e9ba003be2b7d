package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeLinksTest {

    private static List<CodeLink> find(String text) {
        return CodeLinks.find(Section.ABSTRACT, text, List.of());
    }

    @Test
    void trailingSentencePunctuationIsNotPartOfTheUrl() {
        String text = "Code is at https://github.com/idansc/discriminative_class_tokens. More at "
                + "(https://github.com/hatton613/BearLLM), {https://gitlab.com/a/b}; https://huggingface.co/x/y,";
        assertThat(find(text)).extracting(CodeLink::url).containsExactly(
                "https://github.com/idansc/discriminative_class_tokens",
                "https://github.com/hatton613/BearLLM",
                "https://gitlab.com/a/b",
                "https://huggingface.co/x/y");
    }

    @Test
    void offsetsCutTheUrlAsWritten() {
        String text = "Our code: github.com/foo/bar-baz.";
        CodeLink link = find(text).get(0);
        assertThat(link.url()).isEqualTo("https://github.com/foo/bar-baz");
        assertThat(link.evidence().cut(text)).isEqualTo("github.com/foo/bar-baz");
        assertThat(link.evidence().section()).isEqualTo(Section.ABSTRACT);
        assertThat(link.evidence().producer()).isEqualTo("url");
    }

    @Test
    void projectPagesAndOtherHostsAreKeptWithLowerConfidence() {
        List<CodeLink> links = find("See https://lamo2023.github.io and https://aka.ms/X-CLIP and https://github.com/a/b");
        assertThat(links).extracting(CodeLink::url)
                .containsExactly("https://lamo2023.github.io", "https://aka.ms/X-CLIP", "https://github.com/a/b");
        assertThat(links).extracting(l -> l.evidence().confidence()).containsExactly(0.9, 0.8, 0.95);
    }

    @Test
    void balancedParenthesesInsideAUrlStay() {
        assertThat(find("see https://en.wikipedia.org/wiki/Mamba_(model).")).extracting(CodeLink::url)
                .containsExactly("https://en.wikipedia.org/wiki/Mamba_(model)");
    }

    @Test
    void eachUrlOnceAndPlainTextIsNoLink() {
        assertThat(find("github.com/a/b and https://github.com/a/b again")).hasSize(1);
        assertThat(find("We use www and github as words, e.g. version 2.0.")).isEmpty();
    }
}
