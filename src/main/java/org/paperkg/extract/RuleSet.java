package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.parser.ParseException;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParseException;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParser;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.domain.EntityType;

/**
 * The TokensRegex rule files, loaded into one extractor each, and their matches as plain values.
 *
 * <p>Each file is parsed after {@code common.rules}, with the token marks ({@link TokenMarks}) and the
 * head-noun regexes ({@link HeadNouns}) bound in its environment. Within one file TokensRegex keeps
 * only non-overlapping matches (priority, then length); across files every match is kept, which
 * is why the rule families live in separate files.
 *
 * <p>A {@code CoreMapExpressionExtractor} is not documented as thread-safe, so a RuleSet is meant
 * to be confined to one thread ({@link CoreNlpExtractor} keeps one per thread).
 */
final class RuleSet {

    /** The rule files, in the order they run. */
    static final List<String> FILES = List.of("datasets.rules", "metrics.rules", "tasks.rules", "methods.rules",
            "proposals.rules", "results.rules", "comparisons.rules");

    private static final String BASE = "org/paperkg/extract/";

    /** What a rule found. */
    enum Kind { ENTITY, LIST, PROPOSAL, RESULT, DELTA, COMPARISON }

    /** A token span {@code [start, end)} of the sentence. */
    record Span(int start, int end) {

        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }

        int length() {
            return end - start;
        }
    }

    /**
     * One rule match.
     *
     * @param file       the rule file it came from
     * @param kind       what it found
     * @param type       the type the rule gives, or null when Java decides
     * @param producer   the rule family, for the evidence ("pattern:dataset-head")
     * @param confidence the rule's prior confidence
     * @param roles      the named groups that matched (unmatched optional groups are absent)
     * @param whole      the whole match
     * @param traits     what the rule asks of the code that reads it ({@code "is", "headless"})
     */
    record Hit(String file, Kind kind, EntityType type, String producer, double confidence,
            Map<String, Span> roles, Span whole, Set<RuleTrait> traits) {

        Hit {
            traits = traits.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(traits));
        }

        Span role(String name) {
            return roles.get(name);
        }

        boolean is(RuleTrait trait) {
            return traits.contains(trait);
        }
    }

    /** {@code "is", "a|b"} in a result tuple: the traits a rule file names, checked when it loads. */
    private static final Pattern TRAITS = Pattern.compile("\"" + RuleTrait.ROLE + "\"\\s*,\\s*\"([^\"]*)\"");

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern COMPARING = Pattern.compile(
            "(?i)^(outperform|surpass|beat|exceed|outstrip|outmatch|better|higher|stronger|faster|superior)");

    private static final int TASK_CUE = 1;
    private static final int DIGIT_CUE = 2;
    private static final int COMPARING_CUE = 4;
    private static final int CUE_CACHE = 200_000;

    private final List<String> files;
    /** The cues of each word seen (words repeat); a RuleSet is confined to one thread. */
    private final Map<String, Integer> cueCache = new HashMap<>();
    private final List<CoreMapExpressionExtractor<MatchedExpression>> extractors;
    private final List<RuleGate> gates;
    private final Pattern taskCue;

    private RuleSet(List<String> names, List<CoreMapExpressionExtractor<MatchedExpression>> extractors,
            List<RuleGate> gates, Pattern taskCue) {
        this.gates = gates;
        this.files = names;
        this.extractors = extractors;
        this.taskCue = taskCue;
    }

    /** Parses the rule files, each gated by its {@code #@ needs} lines ({@link RuleGate}); a syntax error names the file. */
    static RuleSet load(HeadNouns heads) {
        return load(heads, true);
    }

    /**
     * Parses the rule files; with {@code gated} false every rule runs on every sentence (what
     * {@code RuleGateTest} compares the gated rules against).
     */
    static RuleSet load(HeadNouns heads, boolean gated) {
        Map<String, String> macros = Map.of(
                "$DATASET_HEAD", heads.regex(EntityType.DATASET),
                "$METRIC_HEAD", heads.regex(EntityType.METRIC),
                "$TASK_HEAD", heads.regex(EntityType.TASK),
                "$METHOD_HEAD", heads.regex(EntityType.METHOD));
        String common = resource("common.rules");
        List<CoreMapExpressionExtractor<MatchedExpression>> out = new ArrayList<>();
        List<RuleGate> gates = new ArrayList<>();
        RuleWordIndex wordTests = new RuleWordIndex();
        for (String file : FILES) {
            Env env = TokenSequencePattern.getNewEnv();
            env.bind("pkname", TokenMarks.Name.class);
            env.bind("pklex", TokenMarks.Lex.class);
            macros.forEach(env::bindStringRegex);
            String text = resource(file);
            try {
                checkTraits(text);
                Capturing x = new Capturing(env);
                TokenSequenceParser parser = new TokenSequenceParser();
                parser.updateExpressionExtractor(x, new StringReader(common));
                x.rules.clear(); // common.rules holds only definitions
                parser.updateExpressionExtractor(x, new StringReader(text));
                List<RuleGate.Directives> directives = RuleGate.directives(BASE + file, text, macros);
                if (directives.size() != x.rules.size()) {
                    throw new IllegalStateException(directives.size() + " rules start with '{' but TokensRegex read "
                            + x.rules.size() + " extraction rules");
                }
                RuleGate gate = new RuleGate(x.rules, directives, gated, wordTests);
                x.setExtractRules(gate, null, null);
                gates.add(gate);
                x.keepTemporaryTags(); // no rule uses tags: skip the clean-up pass over the tokens
                out.add(x);
            } catch (RuntimeException | ParseException | TokenSequenceParseException e) {
                throw new IllegalStateException("cannot load rule file " + BASE + file + ": " + e.getMessage(), e);
            }
        }
        Pattern taskCue = Pattern.compile("^(?:" + heads.regex(EntityType.TASK) + "|(?i)tasks?|problems?)$");
        return new RuleSet(FILES, out, gates, taskCue);
    }

    private static void checkTraits(String ruleText) {
        Matcher m = TRAITS.matcher(ruleText);
        while (m.find()) {
            traits(m.group(1));
        }
    }

    private static Set<RuleTrait> traits(String written) {
        Set<RuleTrait> out = EnumSet.noneOf(RuleTrait.class);
        for (String name : written.split("\\|")) {
            out.add(RuleTrait.parse(name));
        }
        return out;
    }

    private static String resource(String file) {
        try (InputStream in = RuleSet.class.getResourceAsStream("/" + BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("rule file " + BASE + file + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + BASE + file, e);
        }
    }

    /**
     * A TokensRegex extractor that keeps the extraction rules it is given, so that {@link RuleGate}
     * can run them one by one. Only plain token rules are expected: a composite or filter rule
     * would need the stages that the gate replaces.
     */
    private static final class Capturing extends CoreMapExpressionExtractor<MatchedExpression> {

        private final List<SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression>> rules =
                new ArrayList<>();

        Capturing(Env env) {
            super(env);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void appendRules(List<SequenceMatchRules.Rule> list) {
            super.appendRules(list);
            for (SequenceMatchRules.Rule r : list) {
                if (r instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> aer) {
                    if (aer.isComposite || SequenceMatchRules.FILTER_RULE_TYPE.equals(aer.ruleType) || !aer.active) {
                        throw new IllegalStateException("rule '" + aer.name + "' is composite, a filter or inactive;"
                                + " RuleGate runs only plain token rules");
                    }
                    rules.add((SequenceMatchRules.AnnotationExtractRule<CoreMap, MatchedExpression>) aer);
                }
            }
        }
    }

    /**
     * Runs every rule file on a marked sentence, except files that cannot match it: TokensRegex
     * tries each rule at each token, which is most of paperkg's own time, so a cheap look at the
     * sentence first saves it. Entity, metric and proposal rules need a marked name or lexicon
     * match (or, for proposals, an acronym definition); task rules a task head or "task"; result
     * rules a digit; comparison rules a comparing word and a name.
     */
    List<Hit> apply(Marker.Marked m, boolean hasDefinitions) {
        SentenceTokens s = m.sent();
        boolean names = !m.names().isEmpty() || !m.lex().isEmpty();
        int cues = cues(s);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < extractors.size(); i++) {
            boolean run = switch (files.get(i)) {
                case "datasets.rules", "metrics.rules", "methods.rules" -> names;
                case "proposals.rules" -> names || hasDefinitions;
                case "tasks.rules" -> (cues & TASK_CUE) != 0;
                case "results.rules" -> (cues & DIGIT_CUE) != 0;
                case "comparisons.rules" -> names && (cues & COMPARING_CUE) != 0;
                default -> true;
            };
            if (run) {
                hits.addAll(apply(i, s));
            }
        }
        return hits;
    }

    /** Number of rules that run only from their start tokens ({@code #@ starts}, {@link AnchoredRule}). */
    int anchoredRules() {
        return gates.stream().mapToInt(RuleGate::anchoredRules).sum();
    }

    /** The cues ({@link #TASK_CUE}, ...) that some token of the sentence has. */
    private int cues(SentenceTokens s) {
        int out = 0;
        for (Token t : s.tokens()) {
            Integer c = cueCache.get(t.text());
            if (c == null) {
                c = (taskCue.matcher(t.text()).find() ? TASK_CUE : 0)
                        | (DIGIT.matcher(t.text()).find() ? DIGIT_CUE : 0)
                        | (COMPARING.matcher(t.text()).find() ? COMPARING_CUE : 0);
                if (cueCache.size() >= CUE_CACHE) {
                    cueCache.clear();
                }
                cueCache.put(t.text(), c);
            }
            out |= c;
        }
        return out;
    }

    /** Runs rule file number {@code i} (of {@link #FILES}) on a marked sentence. */
    List<Hit> apply(int i, SentenceTokens s) {
        List<Hit> hits = new ArrayList<>();
        if (gates.get(i).anyRuns(s.core())) {
            for (MatchedExpression m : extractors.get(i).extractExpressions(s.core())) {
                Hit h = toHit(files.get(i), m);
                if (h != null) {
                    hits.add(h);
                }
            }
        }
        return hits;
    }

    private static Hit toHit(String file, MatchedExpression m) {
        if (m.getValue() == null || !(m.getValue().get() instanceof List<?> items) || items.size() < 4) {
            return null;
        }
        Kind kind = Kind.valueOf(string(items.get(0)));
        String type = string(items.get(1));
        String producer = string(items.get(2));
        double confidence = ((Number) unwrap(items.get(3))).doubleValue();
        Map<String, Span> roles = new HashMap<>();
        Set<RuleTrait> traits = Set.of();
        for (int i = 4; i + 1 < items.size(); i += 2) {
            if (string(items.get(i)).equals(RuleTrait.ROLE)) {
                traits = traits(string(items.get(i + 1)));
                continue;
            }
            Span span = span(unwrap(items.get(i + 1)));
            if (span != null) {
                roles.put(string(items.get(i)), span);
            }
        }
        Span whole = m.getAnnotation() == null ? null
                : span(m.getAnnotation().get(CoreAnnotations.TokensAnnotation.class));
        if (whole == null) {
            return null;
        }
        return new Hit(file, kind, type.isEmpty() ? null : EntityType.parse(type), producer, confidence,
                Map.copyOf(roles), whole, traits);
    }

    private static Object unwrap(Object o) {
        return o instanceof Value<?> v ? v.get() : o;
    }

    private static String string(Object o) {
        Object u = unwrap(o);
        return u == null ? "" : u.toString();
    }

    private static Span span(Object nodes) {
        if (!(nodes instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (Object n : list) {
            if (n instanceof CoreLabel l) {
                min = Math.min(min, l.index() - 1);
                max = Math.max(max, l.index() - 1);
            }
        }
        return max < 0 ? null : new Span(min, max + 1);
    }
}
