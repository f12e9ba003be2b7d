package org.paperkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
 * window, or before "from" in "from A to B" (unless that metric belongs to an earlier result of the
 * sentence); a delta takes the metric of the sentence's earlier result ("reaches an accuracy of
 * 80.2%, outperforming Y by 4.1%"), else the nearest Metric named up to ten tokens before its
 * value ("a mAP of 54.4% that is only 2.4 points lower"), but not when it names a changed thing
 * that is no metric ("reduces FLOPs by 34.7%"). No metric, no result; and efficiency ratios
 * ("7.5x fewer parameters", "9.4x faster") are no results. The dataset is the Dataset entity in
 * the dataset role, else the only Dataset the sentence names. The method is a proposed Method
 * named before the value in the sentence, else a Method that opens the sentence ("Zero-TPrune
 * reduces ..."), else the proposed method when the sentence says "our method/approach/model",
 * "this framework" or "we achieve" (the dev gold writes null for an unnamed "our method"; a graph
 * is better served by the name).
 *
 * <p>A match may state several values: a value list split by {@link AlignedValues}, each paired
 * in order with as many datasets or models listed after it (role "aligned": "on X, Y and Z,
 * respectively") or with as many models opening the sentence ("A and B reach 81.2 and 79.4"); a
 * second one with the same metric ("by +7.6% and +14.9%"); and the starting values of "from A to
 * B" (the baseline's results, absolute, at 90% of the confidence). A range ("84.1-85.3%") is one
 * value, its lower end, with the range kept in {@code valueText}.
 *
 * <p>Values: the number as written, thousands separators removed; "%" values keep the number
 * before the sign with unit "%"; units "dB", "pp" (points), "x" (times). A delta, or a value
 * written with "+", is flagged; an unsigned delta is signed by its verb (improve, gain: +; reduce,
 * drop, loss, lower: -), and its {@code valueText} shows the sign ("+2.55 dB").
 */
final class ResultReader {

    private static final Pattern NUMBER = Pattern.compile("[+\\-−±]?\\d+(?:[.,]\\d+)*");
    /** The upper end of a range after its first number: "-85.3" in "84.1-85.3%". */
    private static final Pattern RANGE_END = Pattern.compile("\\s*[-–]\\s*\\d+(?:[.,]\\d+)*");
    private static final Pattern BEATING = Pattern.compile("(?i)outperform.*|surpass.*|exceed.*|beats?");
    private static final Pattern WE = Pattern.compile("(?i)we");
    private static final Pattern RESULT_VERB = Pattern.compile(
            "(?i)achiev\\w*|obtain\\w*|reach\\w*|attain\\w*|get|got|set|report|also|further|consistently");
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
            if (metric != null && metric == metricOfEarlierResult(a, asm, b)) {
                return; // "from A to B accuracy and from C to D in <a metric we lack>": that metric is A-to-B's
            }
        }
        if (metric == null && h.role("window") != null) {
            metric = entityIn(a, asm, h.role("window"), EntityType.METRIC);
            conf *= 0.9;
        }
        if (metric == null && h.kind() == RuleSet.Kind.DELTA) {
            if (changesANonMetric(a, h, verbText)) {
                return; // "reduces FLOPs by 34.7%" when FLOPs is no metric: the change is not of a metric named earlier
            }
            metric = metricOfEarlierResult(a, asm, value.start());
            if (metric == null) {
                metric = nearestBefore(a, asm, value.start(), 10);
                conf *= 0.85;
                direct = false;
            }
        }
        if (metric == null) {
            return;
        }
        ExtractedEntity dataset = entityIn(a, asm, h.role("dataset"), EntityType.DATASET);
        if (dataset == null) {
            dataset = entityIn(a, asm, h.role("dataset2"), EntityType.DATASET);
        }
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
            List<String> values = AlignedValues.split(s.span(v.start(), v.end()));
            List<String> datasets = aligned(a, asm, h, EntityType.DATASET, values.size());
            List<String> methods = aligned(a, asm, h, EntityType.METHOD, values.size());
            if (methods.isEmpty()) {
                methods = subjects(a, asm, v.start(), values.size());
            }
            for (int i = 0; i < values.size(); i++) {
                String d = datasets.isEmpty() ? name(dataset) : datasets.get(i);
                String owner = methods.isEmpty() ? name(method) : methods.get(i);
                ResultMention r = mention(values.get(i), metric, delta && !role.startsWith("from"), negative, d, owner, e);
                if (r != null && !(r.unit().equals("x") && !direct)) {
                    out.add(r);
                }
            }
        }
    }

    private static String name(ExtractedEntity e) {
        return e == null ? null : e.name();
    }

    /**
     * The names of the entities of a type that a match lists after its values, left to right, when
     * there is one per value ("on COCO, LVIS and Objects365, respectively", role "aligned"); a
     * single name written "COCO/LVIS" counts as its parts. Empty when the counts differ or there is
     * only one value.
     */
    private static List<String> aligned(Analyzed a, EntityAssembler.Assembly asm, RuleSet.Hit h, EntityType type,
            int values) {
        if (values < 2) {
            return List.of();
        }
        for (String role : List.of("aligned", "dataset", "dataset2")) {
            RuleSet.Span span = h.role(role);
            if (span == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (EntityAssembler.Placed p : inOrder(a, asm, type, span.start(), span.end())) {
                String[] parts = p.entity().name().split("\\s*/\\s*");
                names.addAll(parts.length == values ? List.of(parts) : List.of(p.entity().name()));
            }
            if (names.size() == values) {
                return names;
            }
        }
        return List.of();
    }

    /**
     * The models a list of values belongs to when the sentence opens with as many of them:
     * "ResNet-50 and ViT-B reach 81.2 and 79.4 top-1 accuracy". Empty otherwise.
     */
    private static List<String> subjects(Analyzed a, EntityAssembler.Assembly asm, int before, int values) {
        if (values < 2) {
            return List.of();
        }
        List<EntityAssembler.Placed> found = inOrder(a, asm, EntityType.METHOD, 0, before);
        if (found.size() != values || found.get(0).start() > 2) {
            return List.of();
        }
        for (int i = 1; i < found.size(); i++) {
            for (int t = found.get(i - 1).end(); t < found.get(i).start(); t++) {
                if (!a.sent().tok(t).text().matches("(?i),|and|&|/|\\|")) {
                    return List.of(); // not one coordinated subject
                }
            }
        }
        return found.stream().map(p -> p.entity().name()).toList();
    }

    private static List<EntityAssembler.Placed> inOrder(Analyzed a, EntityAssembler.Assembly asm, EntityType type,
            int from, int to) {
        return asm.placements().stream()
                .filter(p -> p.sentence() == a && p.entity().type() == type && p.start() >= from && p.end() <= to)
                .sorted(Comparator.comparingInt(EntityAssembler.Placed::start))
                .toList();
    }

    /**
     * True when a verb-by change names what it changes between the verb and "by", that thing is no
     * metric ("reduces FLOPs by 34.7%", "improves performance by 3%"), and the verb is not one of
     * beating a baseline ("outperforms ResNet by 4.1%", whose object is the baseline).
     */
    private static boolean changesANonMetric(Analyzed a, RuleSet.Hit h, String verbText) {
        RuleSet.Span object = h.role("object");
        if (object == null || BEATING.matcher(verbText).matches()) {
            return false;
        }
        for (int t = object.start(); t < object.end(); t++) {
            if (a.sent().tok(t).isNoun()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The metric of the last absolute result stated before {@code before} in the sentence:
     * "reaches an accuracy of 80.2% on ImageNet, outperforming ResNet-50 by 4.1%".
     */
    private static ExtractedEntity metricOfEarlierResult(Analyzed a, EntityAssembler.Assembly asm, int before) {
        ExtractedEntity metric = null;
        int end = -1;
        for (RuleSet.Hit other : a.hits()) {
            if (other.kind() == RuleSet.Kind.RESULT && other.whole().end() <= before && other.whole().end() > end) {
                ExtractedEntity m = entityIn(a, asm, other.role("metric"), EntityType.METRIC);
                m = m != null ? m : entityIn(a, asm, other.role("metric2"), EntityType.METRIC);
                if (m != null) {
                    metric = m;
                    end = other.whole().end();
                }
            }
        }
        return metric;
    }

    private static ResultMention mention(String value, ExtractedEntity metric, boolean delta,
            boolean negative, String dataset, String method, Evidence ev) {
        String written = value.replace("\\%", "%");
        Matcher m = NUMBER.matcher(written);
        if (!m.find()) {
            return null;
        }
        String num = m.group();
        BigDecimal number = parse(num);
        if (number == null) {
            return null;
        }
        Matcher range = RANGE_END.matcher(written.substring(m.end()));
        String unit = unit(range.lookingAt() ? written.substring(m.end() + range.end()) : written.substring(m.end()));
        boolean isDelta = delta || num.startsWith("+");
        String valueText = written.strip();
        if (isDelta) {
            boolean signed = num.startsWith("+") || num.startsWith("-") || num.startsWith("−");
            if (!signed) {
                number = negative ? number.negate() : number;
                valueText = (negative ? "-" : "+") + written.substring(m.start()).strip();
            }
        }
        return new ResultMention(metric.name(), number, unit, valueText, isDelta, dataset, method, ev);
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
     * sentence says "our method/approach/model/...", "this framework" or "we achieve/obtain/..."
     * before the value.
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
            if (WE.matcher(s.tok(i).text()).matches() && RESULT_VERB.matcher(s.tok(i + 1).text()).matches()) {
                return proposed; // "we achieve 40.1 BLEU", "we also obtain ..."
            }
            if (s.tok(i).is("our") || s.tok(i).is("proposed") || s.tok(i).is("this")) {
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
