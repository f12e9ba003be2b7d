package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The extraction rules of one rule file, each tried only on sentences that contain the words it
 * cannot match without.
 *
 * <p>TokensRegex tries every rule at every token, and setting up one attempt costs about as much
 * as matching; that was most of paperkg's own time. Most rules, though, need a word that few
 * sentences have ("dataset", "outperforms", "called"). A rule file states those words in a
 * directive comment just above the rule:
 *
 * <pre>
 * #@ define $PROPOSING /propose[sd]?|introduce[sd]?/
 * #@ needs /$PROPOSING/ /called|named/
 * { pattern: ( ... ), ... }
 * </pre>
 *
 * Each {@code /regex/} of a {@code needs} line must match (case-insensitively, the whole word) at
 * least one token of the sentence, or the rule is skipped; a rule without the line always runs.
 * {@code pkname:/regex/} and {@code pklex:/regex/} test paperkg's token marks ({@link TokenMarks})
 * instead of the word, and {@code A or B} is met when either is.
 * {@code $NAME} inside a regex stands for a {@code define}d regex or one bound from Java (the
 * head-noun regexes). A need is only a necessary condition, so the skipped rules are exactly those
 * that would have found nothing: the matches, and how TokensRegex resolves overlaps between them
 * (after this rule has run), are unchanged. {@code RuleGateTest} checks that on the seed abstracts.
 *
 * <p>A rule may also say where its matches start, with a {@code starts} line of the same tests
 * ({@code tag:/regex/} tests the part-of-speech tag):
 *
 * <pre>
 * #@ starts pkname:/S|B/ or pklex:/[SB]-.+/
 * { pattern: ( (?$list $ENTS) ... ) }
 * </pre>
 *
 * The rule is then tried only from the tokens that meet one of the tests ({@link AnchoredRule}),
 * instead of from every token; like a need, the line must be a necessary condition, which
 * {@code RuleGateTest} checks the same way.
 *
 * <p>Rules run in file order, as a plain TokensRegex extractor runs them.
 */
final class RuleGate implements SequenceMatchRules.ExtractRule<CoreMap, MatchedExpression> {

    private static final Pattern MACRO = Pattern.compile("\\$[A-Z_][A-Z0-9_]*");

    private final List<SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression>> rules;
    private final List<List<Need>> needs;
    /** Per rule, the tokens its matches can start at (null: any), and the rule anchored there. */
    private final List<Need> starts;
    private final List<AnchoredRule> anchored;
    private final boolean gated;
    /** The word tests of all rule files, shared with the other files of the RuleSet. */
    private final RuleWordIndex wordTests;
    private final Map<Test, Integer> wordBit = new IdentityHashMap<>();

    /**
     * @param rules      the file's extraction rules, in file order
     * @param directives for each rule, the word patterns it needs (empty: always run) and where
     *                   its matches start (null: anywhere)
     * @param gated      false to run every rule everywhere (what the gate is checked against)
     * @param wordTests  the word-test table this file's word tests join
     */
    RuleGate(List<SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression>> rules,
            List<Directives> directives, boolean gated, RuleWordIndex wordTests) {
        if (rules.size() != directives.size()) {
            throw new IllegalArgumentException(rules.size() + " rules but " + directives.size() + " directive lists");
        }
        this.rules = List.copyOf(rules);
        this.needs = directives.stream().map(Directives::needs).toList();
        this.starts = new ArrayList<>();
        this.anchored = new ArrayList<>();
        this.gated = gated;
        this.wordTests = wordTests;
        for (int i = 0; i < rules.size(); i++) {
            Need start = directives.get(i).starts();
            AnchoredRule a = start == null || !gated ? null : AnchoredRule.of(rules.get(i)).orElse(null);
            starts.add(a == null ? null : start);
            anchored.add(a);
        }
        for (Directives d : directives) {
            List<Need> all = new ArrayList<>(d.needs());
            if (d.starts() != null) {
                all.add(d.starts());
            }
            for (Need n : all) {
                for (Test t : n.anyOf()) {
                    if (t.key() == null) {
                        wordBit.put(t, wordTests.bit(t.pattern()));
                    }
                }
            }
        }
    }

    /** Number of rules that run anchored at their start tokens. */
    int anchoredRules() {
        return (int) anchored.stream().filter(java.util.Objects::nonNull).count();
    }

    /** True when some rule of the file would run on this sentence: else there is nothing to match. */
    boolean anyRuns(CoreMap sentence) {
        if (!gated) {
            return true;
        }
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        BitSet words = wordTests.any(tokens);
        Map<Test, Boolean> seen = new IdentityHashMap<>();
        for (List<Need> need : needs) {
            if (present(need, tokens, words, seen)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean extract(CoreMap sentence, List<MatchedExpression> out) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        BitSet words = gated ? wordTests.any(tokens) : null;
        Map<Test, Boolean> seen = new IdentityHashMap<>();
        boolean extracted = false;
        for (int i = 0; i < rules.size(); i++) {
            if (gated && !present(needs.get(i), tokens, words, seen)) {
                continue;
            }
            AnchoredRule a = anchored.get(i);
            if (a != null) {
                BitSet from = startTokens(starts.get(i), tokens);
                if (!from.isEmpty() && a.extract(sentence, tokens, from, out)) {
                    extracted = true;
                }
            } else if (rules.get(i).extract(sentence, out)) {
                extracted = true;
            }
        }
        return extracted;
    }

    /** The positions of the tokens that meet one of the tests of {@code start}. */
    private BitSet startTokens(Need start, List<CoreLabel> tokens) {
        BitSet[] perToken = wordTests.perToken(tokens);
        BitSet out = new BitSet(tokens.size());
        for (Test t : start.anyOf()) {
            if (t.key() == null) {
                int bit = wordBit.get(t);
                for (int p = 0; p < perToken.length; p++) {
                    if (perToken[p].get(bit)) {
                        out.set(p);
                    }
                }
            } else {
                Matcher m = t.pattern().matcher("");
                for (int p = 0; p < tokens.size(); p++) {
                    String v = tokens.get(p).get(t.key());
                    if (v != null && m.reset(v).matches()) {
                        out.set(p);
                    }
                }
            }
        }
        return out;
    }

    /** One token test: the word (key null) or a mark matches the pattern. */
    record Test(Class<? extends CoreAnnotation<String>> key, Pattern pattern) {
    }

    /** A need: met when any of its tests finds a token. */
    record Need(List<Test> anyOf) {
    }

    /** What a rule file says of one rule: the needs it cannot match without, and where it starts (or null). */
    record Directives(List<Need> needs, Need starts) {
    }

    private boolean present(List<Need> needs, List<CoreLabel> tokens, BitSet words, Map<Test, Boolean> seen) {
        for (Need need : needs) {
            boolean met = false;
            for (Test t : need.anyOf()) {
                if (t.key() == null ? words.get(wordBit.get(t)) : found(t, tokens, seen)) {
                    met = true;
                    break;
                }
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    /** True when a token's mark meets the test (marks change per sentence, so they are not cached). */
    private static boolean found(Test test, List<CoreLabel> tokens, Map<Test, Boolean> seen) {
        Boolean found = seen.get(test);
        if (found == null) {
            found = false;
            Matcher m = test.pattern().matcher("");
            for (CoreLabel t : tokens) {
                String v = test.key() == null ? t.word() : t.get(test.key());
                if (v != null && m.reset(v).matches()) {
                    found = true;
                    break;
                }
            }
            seen.put(test, found);
        }
        return found;
    }

    /**
     * Reads the {@code #@} directives of a rule file: for each rule (a line that starts with
     * "{"), in order, the needs its {@code needs} line names and the tests of its {@code starts}
     * line. Equal tests are one object, so a sentence is scanned once per distinct test.
     *
     * @param file   the file's name, for error messages
     * @param text   the file's text
     * @param macros regexes bound from Java, by name with its "$"
     * @throws IllegalStateException naming the file and line for an unknown directive or macro
     */
    static List<Directives> directives(String file, String text, Map<String, String> macros) {
        Map<String, String> defined = new HashMap<>(macros);
        Map<String, Test> shared = new HashMap<>();
        List<Directives> out = new ArrayList<>();
        List<Need> pending = List.of();
        Need pendingStart = null;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            String where = file + ", line " + (n + 1);
            if (line.startsWith("#@")) {
                String[] parts = line.substring(2).strip().split("\\s+");
                switch (parts[0]) {
                    case "define" -> {
                        if (parts.length != 3 || !MACRO.matcher(parts[1]).matches()) {
                            throw new IllegalStateException(where + ": expected '#@ define $NAME /regex/'");
                        }
                        defined.put(parts[1], regex(parts[2], defined, where));
                    }
                    case "needs" -> pending = needList(parts, defined, shared, where);
                    case "starts" -> {
                        List<Need> one = needList(parts, defined, shared, where);
                        if (one.size() != 1) {
                            throw new IllegalStateException(where + ": expected '#@ starts TEST [or TEST]...'");
                        }
                        pendingStart = one.get(0);
                    }
                    default -> throw new IllegalStateException(where + ": unknown directive '" + parts[0]
                            + "'; known: define, needs, starts");
                }
            } else if (line.startsWith("{")) {
                out.add(new Directives(pending, pendingStart));
                pending = List.of();
                pendingStart = null;
            }
        }
        return out;
    }

    /** The needs of a directive's words after its name: tests, "A or B" grouping alternatives. */
    private static List<Need> needList(String[] parts, Map<String, String> defined, Map<String, Test> shared,
            String where) {
        List<Need> ns = new ArrayList<>();
        List<Test> alternatives = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            alternatives.add(test(parts[i], defined, shared, where));
            if (i + 2 < parts.length && parts[i + 1].equals("or")) {
                i++;
                continue;
            }
            ns.add(new Need(List.copyOf(alternatives)));
            alternatives.clear();
        }
        return List.copyOf(ns);
    }

    private static Test test(String spec, Map<String, String> defined, Map<String, Test> shared, String where) {
        Class<? extends CoreAnnotation<String>> key = null;
        String slashed = spec;
        if (spec.startsWith("pkname:")) {
            key = TokenMarks.Name.class;
            slashed = spec.substring("pkname:".length());
        } else if (spec.startsWith("pklex:")) {
            key = TokenMarks.Lex.class;
            slashed = spec.substring("pklex:".length());
        } else if (spec.startsWith("tag:")) {
            key = CoreAnnotations.PartOfSpeechAnnotation.class;
            slashed = spec.substring("tag:".length());
        }
        String re = regex(slashed, defined, where);
        Class<? extends CoreAnnotation<String>> k = key;
        return shared.computeIfAbsent((k == null ? "word" : k.getSimpleName()) + ":" + re,
                x -> new Test(k, compile(re, where)));
    }

    private static String regex(String slashed, Map<String, String> defined, String where) {
        if (slashed.length() < 3 || !slashed.startsWith("/") || !slashed.endsWith("/")) {
            throw new IllegalStateException(where + ": expected a /regex/, got '" + slashed + "'");
        }
        String body = slashed.substring(1, slashed.length() - 1);
        Matcher m = MACRO.matcher(body);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = defined.get(m.group());
            if (value == null) {
                throw new IllegalStateException(where + ": unknown " + m.group() + "; known: " + defined.keySet());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement("(?:" + value + ")"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Pattern compile(String regex, String where) {
        try {
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": bad regex: " + e.getMessage(), e);
        }
    }
}
