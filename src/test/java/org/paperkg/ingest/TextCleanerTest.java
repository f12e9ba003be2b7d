package org.paperkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paperkg.testing.SharedData;

class TextCleanerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            up to 4.64$\\times$ faster                  | up to 4.64× faster
            1024$\\times$1024 images                    | 1024×1024 images
            40\\% pruning rate                          | 40% pruning rate
            shrinkage $\\alpha$ and $\\beta$            | shrinkage α and β
            area in m$^{2}$                             | area in m^2
            O$^2$-Recon: Completing 3D Reconstruction   | O^2-Recon: Completing 3D Reconstruction
            we propose \\textbf{Personalize Anything}    | we propose Personalize Anything
            runs in $O(n^2)$ time                       | runs in O(n^2) time
            runs in $O(n^{2} \\log n)$ time             | runs in O(n^2 log n) time
            PanGu-$α$: Large-scale Models               | PanGu-α: Large-scale Models
            PanGu-$\\alpha$: Large-scale Models         | PanGu-α: Large-scale Models
            1.81 $\\pm$ 0.14 mm                         | 1.81 ± 0.14 mm
            a $\\sim$5% gain                            | a ~5% gain
            reaches 0.5$^{\\circ}$ error                | reaches 0.5° error
            \\emph{i.e.}, hyperspectral                 | i.e., hyperspectral
            {\\em backdoor attacks} remain              | backdoor attacks remain
            360{\\deg} rotation                         | 360° rotation
            B\\'ezier Gaussian Triangle                 | Bézier Gaussian Triangle
            Schr\\"odinger bridges                      | Schrödinger bridges
            Do\\~nana National Park                     | Doñana National Park
            Q\\&A pairs and 10\\_000 \\#tags            | Q&A pairs and 10_000 #tags
            as shown by~\\cite{yang2022} before         | as shown by before
            ratio \\(\\frac{\\eta_E}{\\eta_W}\\) holds  | ratio η_E/η_W holds
            ratio $\\frac{a+b}{2}$ holds                | ratio (a+b)/2 holds
            Code at \\href{https://github.com/x/y}{this link}. | Code at this link (https://github.com/x/y).
            Code at \\url{https://github.com/x/y_z}.    | Code at https://github.com/x/y_z.
            named \\ours{} and \\ours again             | named ours and ours again
            Biofouling$\\unicode{x2013}$communities     | Biofouling–communities
            Fleiss' \\k{appa} was low                   | Fleiss' κ was low
            Bird\\u2019s Eye View                       | Bird’s Eye View
            86\\\\% accuracy                            | 86% accuracy
            """)
    void latexBecomesPlainText(String raw, String expected) {
        assertThat(TextCleaner.clean(raw)).isEqualTo(expected);
    }

    @Test
    void dollarsThatAreMoneyStay() {
        assertThat(TextCleaner.clean("costs $5 and $10 per run")).isEqualTo("costs $5 and $10 per run");
        assertThat(TextCleaner.clean("between $48-$74 per voter")).isEqualTo("between $48-$74 per voter");
        assertThat(TextCleaner.clean("under $1,000 USD")).isEqualTo("under $1,000 USD");
        assertThat(TextCleaner.clean("just \\$9 USD")).isEqualTo("just $9 USD");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Q&amp;A benchmark         | Q&A benchmark
            x &lt; y &gt; z           | x < y > z
            the model&#39;s output    | the model's output
            fast&#x2014;and cheap     | fast—and cheap
            caf&eacute; &amp;&amp; co | café && co
            double &amp;lt;b&amp;gt; | double <b>
            R&D; stays, &bogus; too   | R&D; stays, &bogus; too
            """)
    void htmlReferencesAreDecoded(String raw, String expected) {
        assertThat(TextCleaner.clean(raw)).isEqualTo(expected);
    }

    @Test
    void tagsAreTextAndStay() {
        assertThat(TextCleaner.clean("we inject <script>alert(1)</script> into prompts"))
                .isEqualTo("we inject <script>alert(1)</script> into prompts");
        assertThat(TextCleaner.clean("&lt;script&gt;x&lt;/script&gt;")).isEqualTo("<script>x</script>");
        assertThat(TextCleaner.clean("a <think> block")).isEqualTo("a <think> block");
    }

    @Test
    void oddWhitespaceBecomesSingleSpaces() {
        assertThat(TextCleaner.clean("\t A\u00A0B\u2009C\u200BD\u00ADE\nF\r\n\nG\u3000H  \u2028I "))
                .isEqualTo("A B CDE F G H I");
        assertThat(TextCleaner.clean("no&nbsp;break")).isEqualTo("no break");
        assertThat(TextCleaner.clean(" \n\t\u200B ")).isEmpty();
    }

    @Test
    void plainTextIsUnchanged() {
        String plain = "Deployment of Transformer models on edge devices (e.g., phones) costs 3.5x more: 95% of it.";
        assertThat(TextCleaner.clean(plain)).isEqualTo(plain);
    }

    @Test
    void unbalancedMarkupDoesNotBreakOrLoop() {
        assertThat(TextCleaner.clean("\\textbf{unclosed and $x")).isEqualTo("unclosed and $x");
        assertThat(TextCleaner.clean("{".repeat(200) + "x" + "}".repeat(200) + " \\")).isNotEmpty();
        assertThat(TextCleaner.clean("trailing \\")).isEqualTo("trailing \\");
    }

    @Test
    void cleaningTwiceChangesNothing() {
        List<String> samples = List.of("4.64$\\times$", "\\$x\\$ and $y$", "&amp;lt;", "$a$$b$", "\\\\$x$",
                "\\unicode{x26}amp;", "{\\em a} $\\mathrm{100 \\times faster}$", "a~\\cite{b}~c", "$ 4.8$%",
                "\\sqrt[3]{x+1}", "\\textsuperscript{4}Bench", "\\char\"0986 x", "Mah\\={a}n\\={a}ma");
        for (String s : samples) {
            String once = TextCleaner.clean(s);
            assertThat(TextCleaner.clean(once)).as("clean(clean(%s))", s).isEqualTo(once);
        }
    }

    @Test
    void cleaningTwiceChangesNothingOnTheSeedListings() throws IOException {
        Path seeds = SharedData.require("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.sorted().toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String once = TextCleaner.clean(line);
                    assertThat(TextCleaner.clean(once)).as("%s: %s", file.getFileName(), line).isEqualTo(once);
                    assertThat(once).doesNotContain("  ").doesNotStartWith(" ").doesNotEndWith(" ");
                }
            }
        }
    }
}
