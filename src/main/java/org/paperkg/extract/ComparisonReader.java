package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paperkg.domain.EntityType;

/**
 * Makes {@link Comparison}s of the matches of {@code comparisons.rules}.
 *
 * <p>Each named Method among the baselines gives one comparison. The winner is the nearest Method
 * named before the verb in its clause; else "our method", "it" or a first-person sentence mean
 * the paper's proposed method; else a Method opening the sentence. A comparison whose winner or baselines are not
 * Method entities is dropped ("outperforms state-of-the-art methods" names no baseline).
 */
final class ComparisonReader {

    private ComparisonReader() {
    }

    /** The nearest Method named before the verb in the same clause (no ';' or ':' between). */
    private static ExtractedEntity subject(Analyzed a, EntityAssembler.Assembly asm, int verb) {
        SentenceTokens s = a.sent();
        int from = verb;
        while (from > 0 && verb - from < 12 && !s.tok(from - 1).text().matches("[;:]|that|which|while|whereas|but")) {
            from--;
        }
        EntityAssembler.Placed best = null;
        for (EntityAssembler.Placed p : asm.placements()) {
            if (p.sentence() == a && p.start() >= from && p.end() <= verb
                    && (best == null || p.start() > best.start())) {
                best = p;
            }
        }
        return best != null && best.entity().type() == EntityType.METHOD ? best.entity() : null;
    }

    static List<Comparison> read(List<Analyzed> sentences, EntityAssembler.Assembly asm) {
        List<Comparison> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Analyzed a : sentences) {
            for (RuleSet.Hit h : a.hits()) {
                if (h.kind() != RuleSet.Kind.COMPARISON || h.role("list") == null) {
                    continue;
                }
                SentenceTokens s = a.sent();
                double conf = h.confidence();
                int verb = h.role("verb") != null ? h.role("verb").start() : h.whole().start();
                ExtractedEntity better = subject(a, asm, verb);
                if (better == null) {
                    ExtractedEntity proposed = asm.proposed(EntityType.METHOD);
                    String before = verb > 0 ? s.span(Math.max(0, verb - 6), verb).toLowerCase(Locale.ROOT) : "";
                    if (proposed != null && (before.matches(".*\\b(our|it|ours|proposed)\\b.*")
                            || Spans.firstPerson(s))) {
                        better = proposed;
                        conf *= 0.9;
                    } else {
                        better = ResultReader.method(a, asm, verb);
                        conf *= 0.85;
                    }
                }
                if (better == null) {
                    continue;
                }
                for (RuleSet.Span item : Spans.items(s, h.role("list"))) {
                    if (Spans.modifies(s, item)) {
                        continue;
                    }
                    ExtractedEntity baseline = ResultReader.entityIn(a, asm, item, EntityType.METHOD);
                    if (baseline == null || baseline == better) {
                        continue;
                    }
                    String key = better.name() + "\u0000" + baseline.name();
                    if (!seen.add(key)) {
                        continue;
                    }
                    RuleSet.Span w = h.whole();
                    out.add(new Comparison(better.name(), baseline.name(), new Evidence(s.section(),
                            s.tok(w.start()).begin(), s.tok(w.end() - 1).end(), s.text(), h.producer(), conf)));
                }
            }
        }
        return out;
    }
}
