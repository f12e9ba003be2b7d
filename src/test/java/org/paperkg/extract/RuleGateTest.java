package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How rule files state their needs and start tokens ({@link RuleGateSeedsIT} checks them on real abstracts). */
class RuleGateTest {

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
        assertThat(either.anyOf()).extracting(RuleGate.Test::key).containsExactly(TokenMarks.Lex.class, null);
        assertThat(needs.get(3).get(1).anyOf()).extracting(RuleGate.Test::key).containsExactly(TokenMarks.Name.class);
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
                .containsExactly(edu.stanford.nlp.ling.CoreAnnotations.PartOfSpeechAnnotation.class, TokenMarks.Name.class);
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
