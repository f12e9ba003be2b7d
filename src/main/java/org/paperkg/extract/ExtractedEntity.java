package org.paperkg.extract;

import java.util.List;
import java.util.Objects;
import org.paperkg.domain.EntityType;

/**
 * A named method, dataset, metric or task that one paper mentions, with every mention of it.
 *
 * <p>Mentions of the same thing within a paper are grouped here already (an acronym and its long
 * form, case and hyphen variants); resolving it to the entity shared by all papers is the
 * {@code link} stage's job.
 *
 * @param type       what kind of thing it is
 * @param name       the most complete name the text uses ("Low-Rank Adaptation")
 * @param aliases    other names the text uses for it ("LoRA"), possibly empty
 * @param lexiconId  the curated lexicon entry it matched (its IRI), or null for a new name
 * @param proposed   true when the paper itself introduces and names it
 * @param evidence   one entry per mention, in text order; never empty
 */
public record ExtractedEntity(
        EntityType type,
        String name,
        List<String> aliases,
        String lexiconId,
        boolean proposed,
        List<Evidence> evidence) {

    public ExtractedEntity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("entity '" + name + "' has no evidence");
        }
    }

    /** The highest confidence among its mentions: the confidence of the paper-to-entity link. */
    public double confidence() {
        return evidence.stream().mapToDouble(Evidence::confidence).max().orElse(0);
    }
}
