package org.paperkg.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.paperkg.domain.EntityType;
import org.paperkg.rdf.Namespaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SPARQL that paperkg's own code writes and runs, for the pages, the exports and the
 * catalogue: the shared prefixes, the paper-to-entity link pattern with its confidence filter,
 * VALUES and IN blocks, and readers of result rows.
 *
 * <p>An instance runs SELECTs over one dataset in read transactions under {@link QueryLimits}
 * (the server's pages); the static {@link #select(Dataset, String, Consumer)} streams the rows of
 * a query for callers already inside a transaction (the exports). Values from a request are
 * bound by substitution, never pasted into query text; IRIs that must be written into text go
 * through {@link #iriRef}, which refuses anything that is not one IRI.
 *
 * <pre>{@code
 * Sparql sparql = new Sparql(dsg, limits);
 * List<QuerySolution> rows = sparql.select("SELECT ?l WHERE { ?e rdfs:label ?l }", Map.of("e", Sparql.iri(iri)));
 * }</pre>
 */
public final class Sparql {

    private static final Logger LOG = LoggerFactory.getLogger(Sparql.class);

    /** The prefixes every query paperkg writes may use: {@link Namespaces#SPARQL_PREFIXES}. */
    public static final String PREFIXES = Namespaces.SPARQL_PREFIXES;

    private final Dataset dataset;
    private final QueryLimits limits;

    public Sparql(DatasetGraph dsg, QueryLimits limits) {
        this.dataset = DatasetFactory.wrap(dsg);
        this.limits = limits;
    }

    public Dataset dataset() {
        return dataset;
    }

    public QueryLimits limits() {
        return limits;
    }

    /** Runs {@code body} in one read transaction (page loaders group their queries this way). */
    public <T> T read(Supplier<T> body) {
        return Txn.calculateRead(dataset, body);
    }

    /** The rows of a SELECT (the shared prefixes are added), with the given variables bound. */
    public List<QuerySolution> select(String query, Map<String, RDFNode> bindings) {
        Query q = QueryFactory.create(PREFIXES + query);
        return read(() -> {
            var builder = QueryExecution.dataset(dataset).query(limits.cap(q))
                    .timeout(limits.timeout().toMillis());
            bindings.forEach(builder::substitution);
            try (QueryExecution qe = builder.build()) {
                ResultSet rs = qe.execSelect();
                List<QuerySolution> rows = new ArrayList<>();
                rs.forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    public List<QuerySolution> select(String query) {
        return select(query, Map.of());
    }

    /** Runs a SELECT (the shared prefixes are added) and hands each row to {@code row}; call inside a read transaction. */
    public static void select(Dataset ds, String query, Consumer<QuerySolution> row) {
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

    // Pieces of query text

    /** {@code VALUES ?var { pk:usesMethod ... }} for the given entity kinds. */
    public static String linkValues(String var, Collection<EntityType> kinds) {
        return "VALUES ?" + var + " { " + kinds.stream().sorted()
                .map(t -> "pk:" + t.linkLocalName()).collect(Collectors.joining(" ")) + " }";
    }

    /** {@code FILTER(?var IN (pk:usesMethod, ...))}: a link type test on a variable bound earlier. */
    public static String linkIn(String var, Collection<EntityType> kinds) {
        return "FILTER(?" + var + " IN (" + kinds.stream().sorted()
                .map(t -> "pk:" + t.linkLocalName()).collect(Collectors.joining(", ")) + "))";
    }

    /**
     * {@code ?paper ?link ?entity}, kept only when some evidence of that link has confidence at
     * least {@code min} (the ontology's rule: a link's confidence is the best of its evidence).
     */
    public static String link(String paper, String link, String entity, Double min) {
        String pattern = "?" + paper + " ?" + link + " ?" + entity + " .";
        return min == null ? pattern : pattern + "\n  " + confident(paper, link, entity, min);
    }

    /**
     * The confidence filter alone, for a link whose pattern is written elsewhere: some evidence
     * of {@code ?paper ?link ?entity} has confidence at least {@code min}; empty when {@code min} is null.
     */
    public static String confident(String paper, String link, String entity, Double min) {
        if (min == null) {
            return "";
        }
        return "FILTER EXISTS { ?ev_" + entity + " rdf:subject ?" + paper + " ; rdf:predicate ?" + link
                + " ; rdf:object ?" + entity + " ; pk:confidence ?c_" + entity + " . FILTER(?c_" + entity + " >= "
                + decimal(min) + ") }";
    }

    /** A number as a plain SPARQL decimal ("0.5", never "5.0E-1"). */
    public static String decimal(double d) {
        return BigDecimal.valueOf(d).toPlainString();
    }

    /**
     * {@code FILTER(?var IN (<iri>, ...))}: membership of a variable bound earlier in the pattern.
     * ARQ moves a VALUES block to the front of the join and would re-run the pattern before it once
     * per value; a FILTER stays where the variable is bound.
     */
    public static String in(String var, Collection<String> iris) {
        return "FILTER(?" + var + " IN (" + iris.stream().map(Sparql::iriRef).collect(Collectors.joining(", ")) + "))";
    }

    /** {@code VALUES ?var { <iri> ... }}. */
    public static String values(String var, Collection<String> iris) {
        StringBuilder sb = new StringBuilder("VALUES ?").append(var).append(" {");
        for (String iri : iris) {
            sb.append(' ').append(iriRef(iri));
        }
        return sb.append(" }").toString();
    }

    /** {@code <iri>} for query text, refusing text that would not be one IRI there. */
    public static String iriRef(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || "<>\"{}|^`\\".indexOf(c) >= 0) {
                throw new QueryUsageException("not an IRI: '" + iri + "' (it contains '" + c + "')");
            }
        }
        return "<" + iri + ">";
    }

    // Bindings

    /** An IRI node, for bindings. */
    public static RDFNode iri(String iri) {
        return ResourceFactory.createResource(iri);
    }

    /** A plain string literal, for bindings. */
    public static RDFNode string(String s) {
        return ResourceFactory.createStringLiteral(s);
    }

    // Reading rows

    /** The IRI bound to {@code var}, or null. */
    public static String iriOf(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    /** The lexical form of the literal bound to {@code var} (or the IRI), or null. */
    public static String textOf(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : null;
    }

    public static double doubleOf(QuerySolution row, String var, double otherwise) {
        RDFNode n = row.get(var);
        if (n == null || !n.isLiteral()) {
            return otherwise;
        }
        try {
            return n.asLiteral().getDouble();
        } catch (RuntimeException e) {
            return otherwise;
        }
    }

    /** The number bound to {@code var}; 0 when unbound. */
    public static long longOf(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLong() : 0;
    }

    /** The boolean literal bound to {@code var}, or null when unbound or not a boolean. */
    public static Boolean booleanOf(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null || !n.isLiteral()) {
            return null;
        }
        Literal l = n.asLiteral();
        String lex = l.getLexicalForm();
        return "true".equals(lex) || "1".equals(lex) ? Boolean.TRUE : "false".equals(lex) || "0".equals(lex) ? Boolean.FALSE : null;
    }
}
