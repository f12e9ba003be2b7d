package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
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
 * {@code $NAME} inside a regex stands for a {@code define}d regex or one bound from Java (the
 * head-noun regexes). A need is only a necessary condition, so the skipped rules are exactly those
 * that would have found nothing: the matches, and how TokensRegex resolves overlaps between them
 * (after this rule has run), are unchanged. {@code RuleGateTest} checks that on the seed abstracts.
 *
 * <p>Rules run in file order, as a plain TokensRegex extractor runs them.
 */
final class RuleGate implements SequenceMatchRules.ExtractRule<CoreMap, MatchedExpression> {

    private static final Pattern MACRO = Pattern.compile("\\$[A-Z_][A-Z0-9_]*");

    private final List<SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression>> rules;
    private final List<List<Pattern>> needs;
    private final boolean gated;

    /**
     * @param rules the file's extraction rules, in file order
     * @param needs for each rule, the word patterns it needs (empty: always run)
     * @param gated false to run every rule (what the gate is checked against)
     */
    RuleGate(List<SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression>> rules,
            List<List<Pattern>> needs, boolean gated) {
        if (rules.size() != needs.size()) {
            throw new IllegalArgumentException(rules.size() + " rules but " + needs.size() + " need lists");
        }
        this.rules = List.copyOf(rules);
        this.needs = List.copyOf(needs);
        this.gated = gated;
    }

    @Override
    public boolean extract(CoreMap sentence, List<MatchedExpression> out) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        Map<Pattern, Boolean> seen = new IdentityHashMap<>();
        boolean extracted = false;
        for (int i = 0; i < rules.size(); i++) {
            if (gated && !present(needs.get(i), tokens, seen)) {
                continue;
            }
            if (rules.get(i).extract(sentence, out)) {
                extracted = true;
            }
        }
        return extracted;
    }

    private static boolean present(List<Pattern> need, List<CoreLabel> tokens, Map<Pattern, Boolean> seen) {
        for (Pattern p : need) {
            Boolean found = seen.get(p);
            if (found == null) {
                found = false;
                Matcher m = p.matcher("");
                for (CoreLabel t : tokens) {
                    String w = t.word();
                    if (w != null && m.reset(w).matches()) {
                        found = true;
                        break;
                    }
                }
                seen.put(p, found);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the {@code #@} directives of a rule file: for each rule (a line that starts with
     * "{"), in order, the patterns its {@code needs} line names. Equal regexes share one Pattern,
     * so a sentence is scanned once per distinct regex.
     *
     * @param file   the file's name, for error messages
     * @param text   the file's text
     * @param macros regexes bound from Java, by name with its "$"
     * @throws IllegalStateException naming the file and line for an unknown directive or macro
     */
    static List<List<Pattern>> needs(String file, String text, Map<String, String> macros) {
        Map<String, String> defined = new HashMap<>(macros);
        Map<String, Pattern> shared = new HashMap<>();
        List<List<Pattern>> out = new ArrayList<>();
        List<Pattern> pending = List.of();
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
                    case "needs" -> {
                        List<Pattern> ps = new ArrayList<>();
                        for (int i = 1; i < parts.length; i++) {
                            String re = regex(parts[i], defined, where);
                            ps.add(shared.computeIfAbsent(re, r -> compile(r, where)));
                        }
                        pending = List.copyOf(ps);
                    }
                    default -> throw new IllegalStateException(where + ": unknown directive '" + parts[0]
                            + "'; known: define, needs");
                }
            } else if (line.startsWith("{")) {
                out.add(pending);
                pending = List.of();
            }
        }
        return out;
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
