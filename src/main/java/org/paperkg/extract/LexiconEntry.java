package org.paperkg.extract;

import java.util.List;
import java.util.Objects;
import org.paperkg.domain.EntityType;

/**
 * One entry of the curated lexicon, as plain values (the {@code rdf} stage reads the SKOS files
 * into these; extraction never sees RDF).
 *
 * @param iri        the entity's IRI under the default resource base
 * @param type       its kind
 * @param prefLabel  preferred label
 * @param altLabels  aliases, possibly empty
 * @param broaderIri the family it belongs to (ResNet for ResNet-50), or null
 */
public record LexiconEntry(String iri, EntityType type, String prefLabel, List<String> altLabels, String broaderIri) {

    public LexiconEntry {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(prefLabel, "prefLabel");
        altLabels = List.copyOf(altLabels);
    }
}
