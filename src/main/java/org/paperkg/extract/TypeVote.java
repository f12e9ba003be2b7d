package org.paperkg.extract;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.paperkg.domain.EntityType;

/**
 * Decides an entity's type and confidence from the cues of all its mentions.
 *
 * <p>Cues of one type combine as independent evidence, 1 - (1 - c1)(1 - c2)..., one cue per
 * producer (its best), at most {@value #CAP}. The lexicon's type wins, unless the paper itself
 * proposes the name as another type ("SST" introduced as a backbone is no sentiment dataset);
 * otherwise the best-supported type wins, lowered by half the support of its strongest rival. An
 * untyped acronym definition adds 0.1, up to 0.85, to typed evidence. After a task name, "models"
 * and "methods" mean models for the task, so they do not count against it.
 */
final class TypeVote {

    static final double CAP = 0.97;

    /**
     * The decision.
     *
     * @param type       the entity's type
     * @param confidence its confidence
     * @param lexiconId  the curated entry it is, or null
     * @param byLexicon  true when the lexicon decided the type
     */
    record Verdict(EntityType type, double confidence, String lexiconId, boolean byLexicon) {
    }

    private TypeVote() {
    }

    /** The verdict for a group's cues, or null when no cue gives a type. */
    static Verdict decide(List<Cue> cues, Predicate<String> curatedIri) {
        Map<EntityType, Double> scores = scores(cues);
        EntityType lexType = null;
        for (Cue c : cues) {
            if (c.producer().equals("lexicon") && c.type() != null && !c.entries().isEmpty()) {
                lexType = c.type();
                break;
            }
        }
        EntityType proposedType = proposalType(cues);
        boolean overruled = lexType != null && proposedType != null && proposedType != lexType;
        if (overruled) {
            scores.remove(lexType);
            lexType = null;
        }
        EntityType type;
        double conf;
        if (lexType != null) {
            type = lexType;
            conf = scores.get(lexType);
        } else {
            if (scores.isEmpty()) {
                return null;
            }
            type = scores.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            conf = scores.get(type);
            double rival = 0;
            Map<EntityType, Double> rivals = type == EntityType.TASK ? scores(withoutHeadPatterns(cues)) : scores;
            for (Map.Entry<EntityType, Double> e : rivals.entrySet()) {
                if (e.getKey() != type) {
                    rival = Math.max(rival, e.getValue());
                }
            }
            conf = Math.max(0.3, conf - 0.5 * rival);
        }
        if (cues.stream().anyMatch(c -> c.type() == null && c.producer().equals("acronym"))) {
            conf = Math.max(conf, Math.min(0.85, conf + 0.1));
        }
        String lexiconId = null;
        if (!overruled) {
            for (Cue c : cues) {
                if (c.producer().equals("lexicon") && c.entries().size() == 1 && curatedIri.test(c.entries().get(0).iri())) {
                    lexiconId = c.entries().get(0).iri();
                    break;
                }
            }
        }
        return new Verdict(type, conf, lexiconId, lexType != null);
    }

    static EntityType bestType(List<Cue> cues) {
        Map<EntityType, Double> s = scores(cues);
        return s.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Per type, the cues' combined confidence: 1 - prod(1 - c) over producers (best cue of each). */
    private static Map<EntityType, Double> scores(List<Cue> cues) {
        Map<EntityType, Map<String, Double>> best = new EnumMap<>(EntityType.class);
        for (Cue c : cues) {
            if (c.type() != null) {
                best.computeIfAbsent(c.type(), t -> new HashMap<>()).merge(c.producer(), c.confidence(), Math::max);
            }
        }
        Map<EntityType, Double> out = new EnumMap<>(EntityType.class);
        best.forEach((t, byProducer) -> {
            double miss = 1;
            for (double c : byProducer.values()) {
                miss *= 1 - c;
            }
            out.put(t, Math.min(CAP, 1 - miss));
        });
        return out;
    }

    /**
     * The type the paper's own proposal gives, if any (the strongest proposal cue wins; a title
     * prefix without a typing head counts as a Method).
     */
    private static EntityType proposalType(List<Cue> cues) {
        Cue best = null;
        for (Cue c : cues) {
            if (c.proposed() && c.type() != null && (best == null || c.confidence() > best.confidence())) {
                best = c;
            }
        }
        return best == null ? null : best.type();
    }

    /** "KGC models", "OOD detection methods": after a task name, a model noun means "models for it". */
    private static List<Cue> withoutHeadPatterns(List<Cue> cues) {
        return cues.stream().filter(c -> !c.producer().equals("pattern:model-head")
                && !c.producer().equals("pattern:method-head")).toList();
    }
}
