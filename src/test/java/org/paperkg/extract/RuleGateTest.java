package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.ingest.Corpus;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.testing.SharedData;
import org.slf4j.LoggerFactory;

/**
 * The rule gate must skip only rules that would have found nothing: on real abstracts, gated and
 * ungated rule files give the same hits, file by file and sentence by sentence.
 */
class RuleGateTest {

    /** Enough seed papers to exercise every rule (all 468 take a minute on a busy machine). */
    private static final int PAPERS = 200;

    @Test
    void gatedRulesFindExactlyWhatUngatedRulesFindOnSeedAbstracts() throws IOException {
        Path seeds = SharedData.require("seeds");
        List<Paper> papers = new ArrayList<>();
        Corpus.read(List.of(seeds), p -> {
            if (papers.size() < PAPERS) {
                papers.add(p);
            }
        }, ProblemHandler.logging(LoggerFactory.getLogger(RuleGateTest.class)));
        assertThat(papers).hasSize(PAPERS);

        Path lexiconDir = Path.of("ontology", "lexicon");
        List<LexiconEntry> entries = Files.isDirectory(lexiconDir) ? LexiconFiles.read(lexiconDir) : List.of();
        Lexicon lexicon = Lexicon.of(entries).withFallback(Lexicon.of(BuiltinTerms.load()));
        Marker marker = new Marker(lexicon, NameChunker.standard());
        NlpPipeline nlp = NlpPipeline.create(ExtractorConfig.defaults().annotators());
        RuleSet gated = RuleSet.load(HeadNouns.standard(), true);
        RuleSet ungated = RuleSet.load(HeadNouns.standard(), false);
        assertThat(gated.anchoredRules()).as("rules with a starts line, run anchored").isGreaterThanOrEqualTo(40);
        assertThat(ungated.anchoredRules()).isZero();

        int hits = 0;
        int sentences = 0;
        for (Paper p : papers) {
            for (String text : List.of(p.title(), p.abstractText())) {
                for (Sent s : nlp.annotate(Section.ABSTRACT, text)) {
                    marker.mark(s);
                    sentences++;
                    for (int i = 0; i < RuleSet.FILES.size(); i++) {
                        List<RuleSet.Hit> expected = ungated.apply(i, s);
                        assertThat(gated.apply(i, s))
                                .as("%s on '%s' (%s)", RuleSet.FILES.get(i), s.text(), p.source())
                                .isEqualTo(expected);
                        hits += expected.size();
                    }
                }
            }
        }
        assertThat(sentences).isGreaterThan(1500);
        assertThat(hits).isGreaterThan(1500);
    }

    @Test
    void needsAreReadPerRuleWithMacrosExpandedAndEqualRegexesShared() {
        String text = """
                # a comment
                #@ define $VERB /propose[sd]?/
                #@ needs /$VERB/ /$HEAD/
                { pattern: ( /a/ ), result: "x" }
                { pattern: ( /b/ ), result: "y" }
                #@ needs /$HEAD/
                { pattern: ( /c/ ), result: "z" }
                #@ needs pklex:/.-Metric/ or /scores?/ pkname:/S|B/
                { pattern: ( /d/ ), result: "w" }
                """;
        List<List<RuleGate.Need>> needs = RuleGate.directives("t.rules", text, Map.of("$HEAD", "datasets?")).stream()
                .map(RuleGate.Directives::needs).toList();
        assertThat(needs).hasSize(4);
        assertThat(needs.get(0)).extracting(n -> n.anyOf().get(0).pattern().pattern())
                .containsExactly("(?:propose[sd]?)", "(?:datasets?)");
        assertThat(needs.get(1)).isEmpty();
        assertThat(needs.get(2).get(0).anyOf().get(0)).isSameAs(needs.get(0).get(1).anyOf().get(0));
        assertThat(needs.get(0).get(0).anyOf().get(0).pattern().matcher("Proposed").matches()).isTrue();
        RuleGate.Need either = needs.get(3).get(0);
        assertThat(either.anyOf()).extracting(RuleGate.Test::key).containsExactly(Marks.Lex.class, null);
        assertThat(needs.get(3).get(1).anyOf()).extracting(RuleGate.Test::key).containsExactly(Marks.Name.class);
    }

    @Test
    void startsLinesAreReadPerRuleWithTagTests() {
        String text = """
                #@ needs /a/
                #@ starts tag:/NN.*/ or pkname:/S|B/
                { pattern: ( /a/ ), result: "x" }
                { pattern: ( /b/ ), result: "y" }
                """;
        List<RuleGate.Directives> d = RuleGate.directives("t.rules", text, Map.of());
        assertThat(d).hasSize(2);
        assertThat(d.get(0).starts().anyOf()).extracting(RuleGate.Test::key)
                .containsExactly(edu.stanford.nlp.ling.CoreAnnotations.PartOfSpeechAnnotation.class, Marks.Name.class);
        assertThat(d.get(1).starts()).isNull();
        assertThat(d.get(1).needs()).isEmpty();
        assertThatThrownBy(() -> RuleGate.directives("x.rules", "#@ starts /a/ /b/\n{ }", Map.of()))
                .hasMessageContaining("x.rules, line 1").hasMessageContaining("expected '#@ starts TEST [or TEST]...'");
    }

    @Test
    void badDirectivesNameTheFileAndLine() {
        assertThatThrownBy(() -> RuleGate.directives("x.rules", "\n#@ needs /$NOPE/\n{ }", Map.of()))
                .hasMessageContaining("x.rules, line 2").hasMessageContaining("unknown $NOPE");
        assertThatThrownBy(() -> RuleGate.directives("x.rules", "#@ require /a/", Map.of()))
                .hasMessageContaining("x.rules, line 1").hasMessageContaining("unknown directive 'require'");
        assertThatThrownBy(() -> RuleGate.directives("x.rules", "#@ needs a", Map.of()))
                .hasMessageContaining("expected a /regex/");
    }
}
