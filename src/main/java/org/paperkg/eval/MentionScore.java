package org.paperkg.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paperkg.domain.Counts;
import org.paperkg.domain.EntityType;

/**
 * Mention-level scores of one annotated corpus file.
 *
 * @param file    the corpus file as named
 * @param profile the corpus, which fixes the types scored
 * @param docs    records scored
 * @param exact   per type: a prediction counts only with the gold span's exact offsets
 * @param overlap per type: any shared character counts, each gold span matched once
 */
public record MentionScore(String file, CorpusProfile profile, int docs,
                           Map<EntityType, Counts> exact, Map<EntityType, Counts> overlap) {

    public MentionScore {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(profile, "profile");
        exact = Map.copyOf(exact);
        overlap = Map.copyOf(overlap);
    }

    /** Exact-match counts summed over the scored types (micro average). */
    public Counts microExact() {
        return sum(exact);
    }

    /** Overlap-match counts summed over the scored types (micro average). */
    public Counts microOverlap() {
        return sum(overlap);
    }

    /** The scored types in {@link EntityType} order, for printing. */
    public List<EntityType> types() {
        return Arrays.stream(EntityType.values()).filter(exact::containsKey).toList();
    }

    private static Counts sum(Map<EntityType, Counts> m) {
        return m.values().stream().reduce(Counts.ZERO, Counts::plus);
    }
}
