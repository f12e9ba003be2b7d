package org.paperkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.paperkg.extract.CodeLink;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.ResultMention;

/**
 * Compares one paper's extraction with its gold record, field by field.
 *
 * <p>In every field, predictions and required gold entries are paired by a maximum matching
 * (most confident predictions first), so each required entry earns at most one true positive.
 * An unpaired prediction that matches a required entry is a {@link Judgement.Verdict#DUPLICATE},
 * one that matches only optional entries is {@link Judgement.Verdict#OPTIONAL}, anything else is
 * a false positive; unpaired required entries are false negatives.
 */
final class PaperJudge {

    private PaperJudge() {
    }

    static PaperOutcome judge(PaperGold gold, Extraction extraction) {
        Map<Field, FieldOutcome> fields = new EnumMap<>(Field.class);
        fields.put(Field.PROPOSED, proposed(gold, extraction));
        fields.put(Field.METHODS, entities(Field.METHODS, gold.methods(), extraction));
        fields.put(Field.DATASETS, entities(Field.DATASETS, gold.datasets(), extraction));
        fields.put(Field.METRICS, entities(Field.METRICS, gold.metrics(), extraction));
        fields.put(Field.TASKS, entities(Field.TASKS, gold.tasks(), extraction));
        fields.put(Field.RESULTS, results(Field.RESULTS, gold, extraction));
        fields.put(Field.RESULTS_DATASET, results(Field.RESULTS_DATASET, gold, extraction));
        fields.put(Field.RESULTS_FULL, results(Field.RESULTS_FULL, gold, extraction));
        fields.put(Field.CODE, code(gold, extraction));
        return new PaperOutcome(gold.gid(), gold.title(), fields);
    }

    private static FieldOutcome entities(Field field, List<GoldEntry> gold, Extraction extraction) {
        List<ExtractedEntity> preds = extraction.entities().stream()
                .filter(e -> e.type() == field.entityType())
                .toList();
        return match(field, preds, gold, GoldEntry::optional,
                (p, g) -> NameMatcher.anyMatch(keys(p), NameMatcher.keys(g.names())),
                PaperJudge::describe, ExtractedEntity::confidence, GoldEntry::toString);
    }

    private static FieldOutcome proposed(PaperGold gold, Extraction extraction) {
        List<ExtractedEntity> preds = extraction.entities().stream().filter(ExtractedEntity::proposed).toList();
        return match(Field.PROPOSED, preds, gold.proposed(), g -> g.entry().optional(),
                (p, g) -> p.type() == g.type()
                        && NameMatcher.anyMatch(keys(p), NameMatcher.keys(g.entry().names())),
                p -> p.type().label() + ":" + describe(p), ExtractedEntity::confidence,
                g -> g.type().label() + ":" + g.entry());
    }

    private static FieldOutcome results(Field field, PaperGold gold, Extraction extraction) {
        boolean dataset = field != Field.RESULTS;
        boolean method = field == Field.RESULTS_FULL;
        return match(field, extraction.results(), gold.results(), g -> g.metric().optional(),
                (p, g) -> resultMatches(p, g, gold, extraction, dataset, method),
                PaperJudge::describe, r -> r.evidence().confidence(), GoldResult::describe);
    }

    private static FieldOutcome code(PaperGold gold, Extraction extraction) {
        return match(Field.CODE, extraction.codeLinks(), gold.code(), GoldEntry::optional,
                (p, g) -> g.names().contains(p.url()),
                CodeLink::url, c -> c.evidence().confidence(), GoldEntry::toString);
    }

    private static boolean resultMatches(ResultMention p, GoldResult g, PaperGold gold, Extraction ex,
                                         boolean dataset, boolean method) {
        if (!ResultValue.of(p).matches(g.parsed())
                || !NameMatcher.anyMatch(predictedKeys(ex, EntityType.METRIC, p.metric()),
                        goldKeys(gold.metrics(), g.metric().names()))) {
            return false;
        }
        return (!dataset || sameRole(ex, EntityType.DATASET, p.dataset(), gold.datasets(), g.dataset()))
                && (!method || sameRole(ex, EntityType.METHOD, p.method(), gold.methods(), g.method()));
    }

    /** Both absent, or both present with matching names. */
    private static boolean sameRole(Extraction ex, EntityType type, String predicted,
                                    List<GoldEntry> entries, String gold) {
        if (predicted == null || gold == null) {
            return predicted == null && gold == null;
        }
        return NameMatcher.anyMatch(predictedKeys(ex, type, predicted),
                goldKeys(entries, GoldEntry.parse(gold).names()));
    }

    /** The keys of a name a result refers to, widened by the aliases of the entity so named. */
    private static Set<String> predictedKeys(Extraction ex, EntityType type, String name) {
        Set<String> keys = NameMatcher.keys(List.of(name));
        for (ExtractedEntity e : ex.entities()) {
            Set<String> entityKeys = keys(e);
            if (e.type() == type && NameMatcher.anyMatch(entityKeys, keys)) {
                keys.addAll(entityKeys);
            }
        }
        return keys;
    }

    /** The keys of a gold result's role, widened by the aliases of the gold entry so named. */
    private static Set<String> goldKeys(List<GoldEntry> entries, List<String> names) {
        Set<String> keys = NameMatcher.keys(names);
        for (GoldEntry e : entries) {
            Set<String> entryKeys = NameMatcher.keys(e.names());
            if (NameMatcher.anyMatch(entryKeys, keys)) {
                keys.addAll(entryKeys);
            }
        }
        return keys;
    }

    private static Set<String> keys(ExtractedEntity e) {
        List<String> names = new ArrayList<>(e.aliases().size() + 1);
        names.add(e.name());
        names.addAll(e.aliases());
        return NameMatcher.keys(names);
    }

    private static String describe(ExtractedEntity e) {
        return e.aliases().isEmpty() ? e.name() : e.name() + "|" + String.join("|", e.aliases());
    }

    private static String describe(ResultMention r) {
        StringBuilder sb = new StringBuilder(r.metric()).append('=').append(r.valueText());
        if (r.dataset() != null || r.method() != null) {
            sb.append(" (").append(r.dataset() == null ? "-" : r.dataset())
                    .append(", ").append(r.method() == null ? "-" : r.method()).append(')');
        }
        return sb.toString();
    }

    private static <P, G> FieldOutcome match(Field field, List<P> predictions, List<G> gold,
                                             Predicate<G> optional, BiPredicate<P, G> matches,
                                             Function<P, String> label, ToDoubleFunction<P> confidence,
                                             Function<G, String> goldLabel) {
        List<P> preds = new ArrayList<>(predictions);
        preds.sort(Comparator.comparingDouble(confidence).reversed());
        List<G> required = gold.stream().filter(optional.negate()).toList();
        List<G> optionalOnes = gold.stream().filter(optional).toList();
        int[] pairedWith = BipartiteMatching.maximum(preds.size(), required.size(),
                (p, g) -> matches.test(preds.get(p), required.get(g)));
        boolean[] credited = new boolean[required.size()];
        List<Judgement> judgements = new ArrayList<>(preds.size());
        for (int p = 0; p < preds.size(); p++) {
            P pred = preds.get(p);
            Judgement.Verdict verdict;
            G matched = null;
            if (pairedWith[p] >= 0) {
                verdict = Judgement.Verdict.TRUE_POSITIVE;
                matched = required.get(pairedWith[p]);
                credited[pairedWith[p]] = true;
            } else if ((matched = first(required, g -> matches.test(pred, g))) != null) {
                verdict = Judgement.Verdict.DUPLICATE;
            } else if ((matched = first(optionalOnes, g -> matches.test(pred, g))) != null) {
                verdict = Judgement.Verdict.OPTIONAL;
            } else {
                verdict = Judgement.Verdict.FALSE_POSITIVE;
            }
            judgements.add(new Judgement(field, label.apply(pred), confidence.applyAsDouble(pred), verdict,
                    matched == null ? null : goldLabel.apply(matched)));
        }
        List<String> missed = new ArrayList<>();
        for (int g = 0; g < required.size(); g++) {
            if (!credited[g]) {
                missed.add(goldLabel.apply(required.get(g)));
            }
        }
        return new FieldOutcome(field, judgements, missed);
    }

    private static <G> G first(List<G> gold, Predicate<G> test) {
        for (G g : gold) {
            if (test.test(g)) {
                return g;
            }
        }
        return null;
    }
}
