package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One TokensRegex token rule, tried only at the tokens where a match can start.
 *
 * <p>A TokensRegex matcher tries its pattern at every token of a sentence, and each attempt first
 * builds its matching state (branch tables, group maps): on paperkg's rules that set-up, repeated
 * at tokens where the first element cannot match, was most of the matching time. A rule file may
 * say where a rule's matches start ({@code #@ starts} in {@link RuleGate}); this class then starts
 * the same pattern only there and turns each match into the same {@link MatchedExpression} the
 * rule itself would make, so results and the file's overlap resolution are unchanged. Matches are
 * found left to right without overlap, as TokensRegex finds them.
 *
 * <p>TokensRegex has no public way to start a match at one position or to reach a rule's
 * match-to-expression function, so this class reads the latter from the rule's fields and uses the
 * matcher's protected "match here" call. {@link #of} returns empty when a CoreNLP release changes
 * those internals; the caller then runs the rule as it is.
 */
final class AnchoredRule {

    /** The name under which TokensRegex binds the sentence being matched ({@code $_}). */
    private static final String SELF = "_";

    private final Env env;
    private final SequencePattern<CoreMap> pattern;
    private final Function<SequenceMatchResult<CoreMap>, MatchedExpression> toExpression;
    private final SequenceMatcher.FindType findType;
    private final boolean matchWithResult;

    private AnchoredRule(Env env, SequencePattern<CoreMap> pattern,
            Function<SequenceMatchResult<CoreMap>, MatchedExpression> toExpression,
            SequenceMatcher.FindType findType, boolean matchWithResult) {
        this.env = env;
        this.pattern = pattern;
        this.toExpression = toExpression;
        this.findType = findType;
        this.matchWithResult = matchWithResult;
    }

    /**
     * The anchored form of a plain token rule, or empty when its parts cannot be reached (another
     * CoreNLP version), it matches over another list than the sentence's tokens, or it finds
     * overlapping matches (only non-overlapping finding is anchored).
     */
    @SuppressWarnings("unchecked")
    static Optional<AnchoredRule> of(SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression> rule) {
        try {
            if (!(rule.pattern instanceof SequencePattern<?> p)
                    || !(rule.extractRule instanceof SequenceMatchRules.CoreMapExtractRule<?, ?> outer)) {
                return Optional.empty();
            }
            Class<?> o = SequenceMatchRules.CoreMapExtractRule.class;
            if (field(o, "annotationField").get(outer) != CoreAnnotations.TokensAnnotation.class
                    || !(field(o, "env").get(outer) instanceof Env env)) {
                return Optional.empty(); // a rule over another token list, or an unexpected shape
            }
            Object inner = field(o, "extractRule").get(outer);
            if (!(inner instanceof SequenceMatchRules.SequencePatternExtractRule<?, ?> seq)) {
                return Optional.empty();
            }
            Class<?> c = SequenceMatchRules.SequencePatternExtractRule.class;
            if (field(c, "pattern").get(seq) != p) {
                return Optional.empty();
            }
            SequenceMatcher.FindType findType = (SequenceMatcher.FindType) field(c, "findType").get(seq);
            if (findType != null && findType != SequenceMatcher.FindType.FIND_NONOVERLAPPING) {
                return Optional.empty();
            }
            var extractor = (Function<SequenceMatchResult<CoreMap>, MatchedExpression>) field(c, "extractor").get(seq);
            return Optional.of(new AnchoredRule(env, (SequencePattern<CoreMap>) p, extractor, findType,
                    (Boolean) field(c, "matchWithResult").get(seq)));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
        Field f = owner.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /**
     * Finds the rule's matches in {@code sentence} (whose tokens are {@code tokens}) that start at
     * a set bit of {@code starts}, left to right, each search resuming after the previous match,
     * and adds their expressions to {@code out}.
     *
     * @return true when something matched
     */
    boolean extract(CoreMap sentence, List<CoreLabel> tokens, BitSet starts, List<MatchedExpression> out) {
        env.push(SELF, sentence); // as the rule itself binds the sentence while it matches
        try {
            return extractAt(tokens, starts, out);
        } finally {
            env.pop(SELF);
        }
    }

    private boolean extractAt(List<CoreLabel> tokens, BitSet starts, List<MatchedExpression> out) {
        StartMatcher m = new StartMatcher(pattern, tokens);
        if (findType != null) {
            m.setFindType(findType);
        }
        m.setMatchWithResult(matchWithResult);
        boolean found = false;
        for (int s = starts.nextSetBit(0); s >= 0 && s < tokens.size(); s = starts.nextSetBit(s + 1)) {
            if (m.matchAt(s)) {
                out.add(toExpression.apply(m));
                found = true;
                int next = Math.max(m.end(), s + 1);
                s = next - 1;
            }
        }
        return found;
    }

    /** A token matcher that can be asked for a match starting exactly at one token. */
    private static final class StartMatcher extends TokenSequenceMatcher {

        StartMatcher(SequencePattern<CoreMap> pattern, List<? extends CoreMap> tokens) {
            super(pattern, tokens);
        }

        boolean matchAt(int start) {
            return find(start, true);
        }
    }
}
