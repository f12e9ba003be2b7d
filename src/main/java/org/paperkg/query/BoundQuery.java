package org.paperkg.query;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;

/**
 * A catalogue query ready to run: parsed, with its limits set and every parameter turned
 * into the RDF term its variable will be replaced by.
 *
 * @param source       the catalogue entry (or a user's file read as one)
 * @param query        the parsed query; owned by this value, do not change it
 * @param substitution variable name → term, applied by Jena to the parsed query
 * @param values       parameter name → the value as given or defaulted, for display and forms
 * @param notes        things the user should know, such as which of several same-named entities was used
 */
public record BoundQuery(CatalogueQuery source, Query query, Map<String, RDFNode> substitution,
        Map<String, String> values, List<String> notes) {

    public BoundQuery {
        substitution = Map.copyOf(substitution);
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        notes = List.copyOf(notes);
    }
}
