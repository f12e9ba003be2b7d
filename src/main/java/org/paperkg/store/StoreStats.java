package org.paperkg.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts over the whole store.
 *
 * @param papers        distinct pk:Paper resources
 * @param triples       quads in all named graphs (paper graphs, lexicon, ontology) but the dataset description,
 *                      which states this count
 * @param paperTriples  quads in paper graphs only
 * @param graphs        named graphs
 * @param perClass      distinct instances per class local name (Method, Dataset, ...) in the union graph
 */
public record StoreStats(long papers, long triples, long paperTriples, long graphs, Map<String, Long> perClass) {

    public StoreStats {
        perClass = Collections.unmodifiableMap(new LinkedHashMap<>(perClass));
    }
}
