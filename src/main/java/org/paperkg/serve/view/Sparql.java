package org.paperkg.serve.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
import org.paperkg.rdf.PK;
import org.paperkg.serve.fuseki.QueryLimits;

/**
 * Runs the pages' own SELECT queries over the served dataset, in read transactions and under
 * the server's {@link QueryLimits}, and hands back the rows as a list.
 *
 * <p>Values from the request (an IRI, a search string) are bound with {@code substitution},
 * never pasted into the query text.
 */
public final class Sparql {

    /** The prefixes every page query may use. */
    static final String PREFIXES = """
            PREFIX pk: <%s>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX void: <http://rdfs.org/ns/void#>
            PREFIX text: <http://jena.apache.org/text#>
            """.formatted(PK.NS);

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

    /** An IRI node, for bindings. */
    public static RDFNode iri(String iri) {
        return ResourceFactory.createResource(iri);
    }

    /** A plain string literal, for bindings. */
    public static RDFNode string(String s) {
        return ResourceFactory.createStringLiteral(s);
    }

    /** The IRI bound to {@code var}, or null. */
    static String iriOf(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isURIResource() ? n.asResource().getURI() : null;
    }

    /** The lexical form of the literal bound to {@code var} (or the IRI), or null. */
    static String textOf(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : null;
    }

    static double doubleOf(QuerySolution row, String var, double otherwise) {
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

    static long longOf(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n != null && n.isLiteral() ? n.asLiteral().getLong() : 0;
    }

    /** The boolean literal bound to {@code var}, or null when unbound or not a boolean. */
    static Boolean booleanOf(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        if (n == null || !n.isLiteral()) {
            return null;
        }
        Literal l = n.asLiteral();
        String lex = l.getLexicalForm();
        return "true".equals(lex) || "1".equals(lex) ? Boolean.TRUE : "false".equals(lex) || "0".equals(lex) ? Boolean.FALSE : null;
    }
}
