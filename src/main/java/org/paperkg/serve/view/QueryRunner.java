package org.paperkg.serve.view;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.paperkg.query.Sparql;

/**
 * Runs a query typed on the query page, for the page that shows it without JavaScript; the same
 * limits as the SPARQL endpoint apply, and the page shows at most {@value #SHOWN} rows.
 */
public final class QueryRunner {

    /** Rows an HTML page shows; the endpoint gives the rest. */
    public static final int SHOWN = 1_000;

    private final Sparql sparql;
    private final PrefixMapping prefixes;

    /** @param prefixes predeclared for typed queries (pk, rdfs, ...) */
    public QueryRunner(Sparql sparql, PrefixMapping prefixes) {
        this.sparql = sparql;
        this.prefixes = prefixes;
    }

    public QueryOutcome run(String text) {
        long start = System.nanoTime();
        Query query;
        try {
            Query q = new Query();
            q.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(prefixes));
            query = QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return QueryOutcome.failed("The query does not parse: " + e.getMessage(), elapsed(start), 400);
        }
        try {
            return Txn.calculateRead(sparql.dataset(), () -> execute(query, start));
        } catch (QueryCancelledException e) {
            return QueryOutcome.failed("The query was stopped after the server's timeout of "
                    + sparql.limits().timeout().toSeconds() + " s; make it more selective or add a LIMIT.", elapsed(start), 503);
        } catch (QueryException e) {
            return QueryOutcome.failed("The query failed: " + e.getMessage(), elapsed(start), 400);
        }
    }

    private QueryOutcome execute(Query query, long start) {
        boolean capped = sparql.limits().needsCap(query);
        try (QueryExec exec = sparql.limits().exec(sparql.dataset().asDatasetGraph(), query, null, -1)) {
            if (query.isAskType()) {
                return new QueryOutcome(List.of(), List.of(), 0, exec.ask(), false, null, elapsed(start), 200);
            }
            if (query.isSelectType()) {
                RowSet rs = exec.select();
                List<Var> vars = rs.getResultVars();
                List<List<Node>> rows = new ArrayList<>();
                long total = 0;
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    total++;
                    if (rows.size() < SHOWN) {
                        List<Node> row = new ArrayList<>(vars.size());
                        vars.forEach(v -> row.add(b.get(v)));
                        rows.add(row);
                    }
                }
                return new QueryOutcome(vars.stream().map(Var::getVarName).toList(), rows, total, null,
                        capped && total >= sparql.limits().maxResults(), null, elapsed(start), 200);
            }
            Iterator<Triple> triples = query.isConstructType() ? exec.construct().find() : exec.describe().find();
            List<List<Node>> rows = new ArrayList<>();
            long total = 0;
            while (triples.hasNext()) {
                Triple t = triples.next();
                total++;
                if (rows.size() < SHOWN) {
                    rows.add(List.of(t.getSubject(), t.getPredicate(), t.getObject()));
                }
            }
            return new QueryOutcome(List.of("subject", "predicate", "object"), rows, total, null, false, null, elapsed(start), 200);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
