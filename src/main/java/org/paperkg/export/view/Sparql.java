package org.paperkg.export.view;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.paperkg.export.model.ExportUsageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.paperkg.export.model.NodeType;
import org.paperkg.rdf.PK;

/**
 * The pieces of SPARQL the views share: prefixes, the paper-to-entity link pattern with its
 * confidence filter, and VALUES blocks, so each view states only what is its own.
 */
final class Sparql {

    private static final Logger LOG = LoggerFactory.getLogger(Sparql.class);

    static final String PREFIXES = """
            PREFIX pk:      <%s>
            PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            """.formatted(PK.NS);

    private Sparql() {
    }

    /** The property a paper uses to link to an entity of this type ({@code usesMethod}). */
    static String linkLocalName(NodeType t) {
        if (t.entityType() == null) {
            throw new IllegalArgumentException(t + " is not an entity type");
        }
        return t.entityType().linkLocalName();
    }

    /** The entity type a link property leads to, by the property's IRI. */
    static NodeType typeOfLink(String linkIri) {
        return NodeType.of(PK.kindOfLink(linkIri)
                .orElseThrow(() -> new IllegalArgumentException("not a paper-to-entity link: " + linkIri)));
    }

    /** {@code VALUES ?var { pk:usesMethod ... }} for the given entity types. */
    static String linkValues(String var, Set<NodeType> types) {
        return "VALUES ?" + var + " { " + types.stream().sorted()
                .map(t -> "pk:" + linkLocalName(t)).collect(Collectors.joining(" ")) + " }";
    }

    /**
     * {@code ?paper ?link ?entity}, kept only when some evidence of that link has confidence at
     * least {@code min} (the ontology's rule: a link's confidence is the best of its evidence).
     */
    static String link(String paper, String link, String entity, Double min) {
        String pattern = "?" + paper + " ?" + link + " ?" + entity + " .";
        return min == null ? pattern : pattern + "\n  " + confident(paper, link, entity, min);
    }

    /**
     * The confidence filter alone, for a link whose pattern is written elsewhere: some evidence
     * of {@code ?paper ?link ?entity} has confidence at least {@code min}; empty when {@code min} is null.
     */
    static String confident(String paper, String link, String entity, Double min) {
        if (min == null) {
            return "";
        }
        return "FILTER EXISTS { ?ev_" + entity + " rdf:subject ?" + paper + " ; rdf:predicate ?" + link
                + " ; rdf:object ?" + entity + " ; pk:confidence ?c_" + entity + " . FILTER(?c_" + entity + " >= "
                + decimal(min) + ") }";
    }

    static String decimal(double d) {
        return BigDecimal.valueOf(d).toPlainString();
    }

    /** {@code FILTER(?var IN (pk:usesMethod, ...))}: a link type test on a variable bound earlier. */
    static String linkIn(String var, Set<NodeType> types) {
        return "FILTER(?" + var + " IN (" + types.stream().sorted()
                .map(t -> "pk:" + linkLocalName(t)).collect(Collectors.joining(", ")) + "))";
    }

    /**
     * {@code FILTER(?var IN (<iri>, ...))}: membership of a variable bound earlier in the pattern.
     * ARQ moves a VALUES block to the front of the join and would re-run the pattern before it once
     * per value; a FILTER stays where the variable is bound.
     */
    static String in(String var, Collection<String> iris) {
        StringBuilder sb = new StringBuilder("FILTER(?").append(var).append(" IN (");
        boolean first = true;
        for (String iri : iris) {
            sb.append(first ? "" : ", ").append(iri(iri));
            first = false;
        }
        return sb.append("))").toString();
    }

    /** {@code VALUES ?var { <iri> ... }}. */
    static String values(String var, Collection<String> iris) {
        StringBuilder sb = new StringBuilder("VALUES ?").append(var).append(" {");
        for (String iri : iris) {
            sb.append(' ').append(iri(iri));
        }
        return sb.append(" }").toString();
    }

    /** {@code <iri>}, refusing text that would not be one IRI in a query. */
    static String iri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                throw new ExportUsageException("not an IRI: '" + iri + "' (it contains '" + c + "')");
            }
        }
        return "<" + iri + ">";
    }

    /** Runs a SELECT and hands each row to {@code row}; call inside a read transaction. */
    static void select(Dataset ds, String query, Consumer<QuerySolution> row) {
        long start = System.nanoTime();
        long rows = 0;
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                row.accept(rs.next());
                rows++;
            }
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} rows in {} ms from\n{}", rows, (System.nanoTime() - start) / 1_000_000,
                    query.length() > 1500 ? query.substring(0, 1500) + " ..." : query);
        }
    }

    static long longOf(QuerySolution s, String var) {
        return s.contains(var) ? s.getLiteral(var).getLong() : 0;
    }

    static String stringOf(QuerySolution s, String var) {
        if (!s.contains(var)) {
            return null;
        }
        var n = s.get(var);
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }
}
