package org.paperkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.domain.EntityType;

/**
 * Makes {@link ResultMention}s of the RESULT and DELTA matches of {@code results.rules}, once the
 * entities are known.
 *
 * <p>The metric is the Metric entity in the match's metric role or, failing that, in the matched
 * window, or before "from" in "from A to B"; a delta may also take the nearest Metric named up to
 * ten tokens before its value ("a mAP of 54.4% that is only 2.4 points lower"). No metric, no
 * result; and efficiency ratios ("7.5x fewer parameters", "9.4x faster") are no results. The
 * dataset is the Dataset entity in the dataset role, else the only Dataset the sentence names. The
 * method is a proposed Method named before the value in the sentence, else a Method that opens the
 * sentence ("Zero-TPrune reduces ..."), else the proposed method when the sentence says "our
 * method/approach/model" (the dev gold writes null for an unnamed "our method"; a graph is better
 * served by the name).
 *
 * <p>A match may state several values: a second one with the same metric ("by +7.6% and +14.9%"),
 * and the starting values of "from A to B" (the baseline's results, absolute, at 90% of the
 * confidence).
 *
 * <p>Values: the number as written, thousands separators removed; "%" values keep the number
 * before the sign with unit "%"; units "dB", "pp" (points), "x" (times). A delta, or a value
 * written with "+", is flagged; an unsigned delta is signed by its verb (improve, gain: +; reduce,
 * drop, loss, lower: -), and its {@code valueText} shows the sign ("+2.55 dB").
 */
final class ResultReader {

    private static final Pattern NUMBER = Pattern.compile("[+\\-−±]?\\d+(?:[.,]\\d+)*");
    private static final Pattern EFFICIENCY = Pattern.compile("(?i)fewer|faster|less|slower|smaller|speeds?|accelerat.*");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)reduc.*|decreas.*|lower.*|drop.*|cut.*|loss|degradation|fewer|worse|less");

    private ResultReader() {
    }

    static List<ResultMention> read(List<Analyzed> sentences, EntityAssembler.Assembly asm) {
        List<ResultMention> out = new ArrayList<>();
        for (Analyzed a : sentences) {
            for (RuleSet.Hit h : a.hits()) {
                if (h.kind() == RuleSet.Kind.RESULT || h.kind() == RuleSet.Kind.DELTA) {
                    read(a, h, asm, out);
                }
            }
        }
        return out;
    }

    private static void read(Analyzed a, RuleSet.Hit h, EntityAssembler.Assembly asm, List<ResultMention> out) {
        SentenceTokens s = a.sent();
        RuleSet.Span value = h.role("value");
        if (value == null) {
            return;
        }
        RuleSet.Span verb = h.role("verb");
        String verbText = verb == null ? "" : s.span(verb.start(), verb.end()).toLowerCase(Locale.ROOT);
        if (EFFICIENCY.matcher(verbText).matches()) {
            return; // "7.5x fewer parameters", "9.4x faster": efficiency ratios are no results
        }
        double conf = h.confidence();
        boolean direct = true;
        ExtractedEntity metric = entityIn(a, asm, h.role("metric"), EntityType.METRIC);
        if (metric == null) {
            metric = entityIn(a, asm, h.role("metric2"), EntityType.METRIC);
        }
        if (metric == null && h.role("before") != null) {
            int b = h.role("before").start();
            metric = nearestBefore(a, asm, b, 20);
        }
        if (metric == null && h.role("window") != null) {
            metric = entityIn(a, asm, h.role("window"), EntityType.METRIC);
            conf *= 0.9;
        }
        if (metric == null && h.kind() == RuleSet.Kind.DELTA) {
            metric = nearestBefore(a, asm, value.start(), 10);
            conf *= 0.85;
            direct = false;
        }
        if (metric == null) {
            return;
        }
        ExtractedEntity dataset = entityIn(a, asm, h.role("dataset"), EntityType.DATASET);
        if (dataset == null) {
            dataset = onlyDataset(a, asm);
        }
        ExtractedEntity method = method(a, asm, value.start());
        RuleSet.Span whole = h.whole();
        Evidence ev = new Evidence(s.section(), s.tok(whole.start()).begin(), s.tok(whole.end() - 1).end(), s.text(),
                h.producer(), Math.min(0.95, conf));
        boolean negative = NEGATIVE.matcher(verbText).matches();
        boolean delta = h.kind() == RuleSet.Kind.DELTA;
        for (String role : List.of("from", "value", "from2", "value2")) {
            RuleSet.Span v = h.role(role);
            if (v == null) {
                continue;
            }
            Evidence e = role.startsWith("from")
                    ? new Evidence(ev.section(), ev.start(), ev.end(), ev.sentence(), ev.producer(), ev.confidence() * 0.9)
                    : ev;
            ResultMention r = mention(s, v, metric, delta && !role.startsWith("from"), negative, dataset, method, e);
            if (r != null && !(r.unit().equals("x") && !direct)) {
                out.add(r);
            }
        }
    }

    private static ResultMention mention(SentenceTokens s, RuleSet.Span value, ExtractedEntity metric, boolean delta,
            boolean negative, ExtractedEntity dataset, ExtractedEntity method, Evidence ev) {
        String written = s.span(value.start(), value.end()).replace("\\%", "%");
        Matcher m = NUMBER.matcher(written);
        if (!m.find()) {
            return null;
        }
        String num = m.group();
        BigDecimal number = parse(num);
        if (number == null) {
            return null;
        }
        String unit = unit(written.substring(m.end()));
        boolean isDelta = delta || num.startsWith("+");
        String valueText = written.strip();
        if (isDelta) {
            boolean signed = num.startsWith("+") || num.startsWith("-") || num.startsWith("−");
            if (!signed) {
                number = negative ? number.negate() : number;
                valueText = (negative ? "-" : "+") + written.substring(m.start()).strip();
            }
        }
        return new ResultMention(metric.name(), number, unit, valueText, isDelta,
                dataset == null ? null : dataset.name(), method == null ? null : method.name(), ev);
    }

    /** The nearest Metric entity ending before token {@code before}, at most {@code reach} tokens back in the clause. */
    private static ExtractedEntity nearestBefore(Analyzed a, EntityAssembler.Assembly asm, int before, int reach) {
        SentenceTokens s = a.sent();
        int from = before;
        while (from > 0 && before - from < reach && !s.tok(from - 1).text().equals(";")) {
            from--;
        }
        EntityAssembler.Placed best = null;
        for (EntityAssembler.Placed p : asm.placements()) {
            if (p.sentence() == a && p.entity().type() == EntityType.METRIC && p.start() >= from && p.end() <= before
                    && (best == null || p.start() > best.start())) {
                best = p;
            }
        }
        return best == null ? null : best.entity();
    }

    private static BigDecimal parse(String num) {
        String n = num.replace("−", "-").replace("±", "").replace("+", "");
        if (n.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            n = n.replace(",", "");
        } else {
            n = n.replace(',', '.');
        }
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String unit(String rest) {
        String r = rest.strip().toLowerCase(Locale.ROOT);
        if (r.startsWith("%") || r.startsWith("\\%")) {
            return "%";
        }
        if (r.startsWith("db")) {
            return "dB";
        }
        if (r.startsWith("point") || r.startsWith("pts") || r.startsWith("pp") || r.startsWith("p.p.")) {
            return "pp";
        }
        if (r.startsWith("x") || r.startsWith("×") || r.startsWith("times") || r.startsWith("fold")) {
            return "x";
        }
        return "";
    }

    /** The entity of a type mentioned inside a span of the sentence (the first such), or null. */
    static ExtractedEntity entityIn(Analyzed a, EntityAssembler.Assembly asm, RuleSet.Span span, EntityType type) {
        if (span == null) {
            return null;
        }
        ExtractedEntity best = null;
        int bestStart = Integer.MAX_VALUE;
        for (EntityAssembler.Placed p : asm.placements()) {
            if (p.sentence() == a && p.entity().type() == type && span.overlaps(p.start(), p.end())
                    && p.start() < bestStart) {
                best = p.entity();
                bestStart = p.start();
            }
        }
        return best;
    }

    private static ExtractedEntity onlyDataset(Analyzed a, EntityAssembler.Assembly asm) {
        ExtractedEntity only = null;
        for (EntityAssembler.Placed p : asm.placements()) {
            if (p.sentence() == a && p.entity().type() == EntityType.DATASET) {
                if (only != null && only != p.entity()) {
                    return null;
                }
                only = p.entity();
            }
        }
        return only;
    }

    /**
     * The method a result or comparison in this sentence belongs to: a Method entity opening the
     * sentence before the value ("Zero-TPrune reduces ..."), else the proposed method when the
     * sentence says "our method/approach/model/..." before the value.
     */
    static ExtractedEntity method(Analyzed a, EntityAssembler.Assembly asm, int before) {
        for (EntityAssembler.Placed p : asm.placements()) {
            if (p.sentence() == a && p.end() <= before && p.entity().proposed() && p.entity().type() == EntityType.METHOD) {
                return p.entity(); // "BioBERT outperforms BERT ... (0.62% F1 improvement)"
            }
        }
        EntityAssembler.Placed first = null;
        for (EntityAssembler.Placed p : asm.placements()) {
            if (p.sentence() == a && p.end() <= before && (first == null || p.start() < first.start())) {
                first = p;
            }
        }
        if (first != null && first.entity().type() == EntityType.METHOD && first.start() <= 6) {
            return first.entity();
        }
        ExtractedEntity proposed = asm.proposed(EntityType.METHOD);
        SentenceTokens s = a.sent();
        for (int i = 0; proposed != null && i < Math.min(before, s.size()) - 1; i++) {
            if (s.tok(i).is("our") || s.tok(i).is("proposed")) {
                for (int j = i + 1; j < Math.min(i + 4, s.size()); j++) {
                    if (s.tok(j).lemma().matches("(?i)method|approach|model|framework|system|network|architecture|technique|algorithm")) {
                        return proposed;
                    }
                }
            }
        }
        return null;
    }
}
