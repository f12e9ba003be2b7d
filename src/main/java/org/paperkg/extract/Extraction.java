package org.paperkg.extract;

import java.util.List;

/**
 * Everything extracted from one paper, as plain values: what the {@code link} and {@code rdf}
 * stages turn into graph facts.
 *
 * @param extractorVersion version of the extractor that produced it, recorded on every fact
 * @param entities         named things mentioned, one per entity (not per mention)
 * @param results          numeric results
 * @param codeLinks        repository and project URLs
 * @param comparisons      "X outperforms Y" statements
 */
public record Extraction(
        String extractorVersion,
        List<ExtractedEntity> entities,
        List<ResultMention> results,
        List<CodeLink> codeLinks,
        List<Comparison> comparisons) {

    public Extraction {
        entities = List.copyOf(entities);
        results = List.copyOf(results);
        codeLinks = List.copyOf(codeLinks);
        comparisons = List.copyOf(comparisons);
    }

    /** The extraction of a build that runs no extractor. */
    public static Extraction none() {
        return new Extraction("none", List.of(), List.of(), List.of(), List.of());
    }
}
