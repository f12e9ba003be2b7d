package org.paperkg.link;

import java.util.List;
import java.util.Objects;
import org.paperkg.domain.EntityType;

/**
 * An extracted entity placed in the shared catalogue: the IRI every paper that names it links to.
 *
 * @param iri        the canonical entity IRI
 * @param type       its kind
 * @param label      its preferred label when the lexicon knows it, else the name this paper uses
 * @param aliases    other names this paper uses for it (for a lexicon entity, only those the lexicon lacks)
 * @param inLexicon  true when the curated lexicon knows it
 * @param broaderIri the family it belongs to when paperkg could tell (ResNet for ResNet-200), or null
 */
public record ResolvedEntity(String iri, EntityType type, String label, List<String> aliases,
        boolean inLexicon, String broaderIri) {

    public ResolvedEntity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
    }
}
