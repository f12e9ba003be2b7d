package org.paperkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * Checks the values given for a query's parameters and turns them into RDF terms and LIMITs.
 * Every value becomes a typed term or an IRI checked by its type; nothing is spliced into
 * query text, so a value holding quotes or braces is just an odd string.
 */
final class ParameterBinder {

    private final EntityLookup lookup;
    private final PrefixMapping predeclared;
    private final StatisticsProbe statistics;

    ParameterBinder(EntityLookup lookup, PrefixMapping predeclared, StatisticsProbe statistics) {
        this.lookup = lookup;
        this.predeclared = predeclared;
        this.statistics = statistics;
    }

    BoundQuery bind(CatalogueQuery cq, Map<String, String> given) {
        for (String name : given.keySet()) {
            if (cq.parameter(name).isEmpty()) {
                throw new QueryUsageException("query '" + cq.name() + "' has no parameter '" + name + "'; "
                        + (cq.parameters().isEmpty() ? "it takes none" : "its parameters are: " + cq.usage()));
            }
        }
        Query query = cq.parse(predeclared);
        Map<String, RDFNode> substitution = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (QueryParameter p : cq.parameters()) {
            String raw = given.getOrDefault(p.name(), p.defaultValue());
            if (raw == null) {
                throw new QueryUsageException("query '" + cq.name() + "' needs parameter '" + p.name() + "' ("
                        + p.type().expected() + "), e.g. --param " + p.name() + "=...; its parameters are: " + cq.usage());
            }
            values.put(p.name(), raw);
            try {
                bindOne(p, raw, query, substitution, notes);
            } catch (QueryUsageException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new QueryUsageException("query '" + cq.name() + "', parameter '" + p.name() + "': " + e.getMessage());
            }
        }
        if (cq.readsStatistics()) {
            substitution.put("statistics", ResourceFactory.createTypedLiteral(statistics.applies(cq, values)));
        }
        return new BoundQuery(cq, query, substitution, values, notes);
    }

    private void bindOne(QueryParameter p, String raw, Query query, Map<String, RDFNode> substitution,
            List<String> notes) {
        switch (p.type()) {
            case LIMIT -> query.setLimit(p.type().limit(raw));
            case SUBLIMIT -> setSubqueryLimits(query, p.type().limit(raw));
            case CHOICE -> {
                if (!p.choices().contains(raw)) {
                    throw new IllegalArgumentException("expected one of " + String.join(", ", p.choices())
                            + ", got '" + raw + "'");
                }
                substitution.put(p.name(), ResourceFactory.createStringLiteral(raw));
            }
            default -> {
                if (!p.type().isResolved()) {
                    substitution.put(p.name(), asRdf(p, raw));
                } else if (raw.isBlank()) {
                    if (!"".equals(p.defaultValue())) {
                        throw new IllegalArgumentException("a value is required: " + p.type().expected());
                    }
                    substitution.put(p.name(), ResourceFactory.createStringLiteral(""));
                } else {
                    EntityLookup.Resolution r = lookup.resolve(p, raw);
                    substitution.put(p.name(), ResourceFactory.createResource(r.iri()));
                    if (r.note() != null) {
                        notes.add(p.name() + ": " + r.note());
                    }
                }
            }
        }
    }

    private static RDFNode asRdf(QueryParameter p, String raw) {
        Node n = p.type().literal(raw);
        return ResourceFactory.createTypedLiteral(n.getLiteralLexicalForm(), n.getLiteralDatatype());
    }

    private static void setSubqueryLimits(Query query, int limit) {
        Subqueries.forEach(query, q -> {
            if (q.hasLimit()) {
                q.setLimit(limit);
            }
        });
    }
}
