package org.paperkg.serve.fuseki;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;

/**
 * Fuseki's SPARQL query operation under {@link QueryLimits}: every query gets the timeout and the
 * result cap, and a SELECT's rows are all computed before the response starts.
 *
 * <p>Fuseki streams SELECT results as they come, so a timeout that fires after the first row
 * would cut the stream and leave the client with a truncated document under status 200.
 * Computing the (capped, so bounded) rows first means a timeout always surfaces as HTTP 503
 * with a message, never as an empty or partial result.
 */
public final class LimitedQueryService extends SPARQL_QueryDataset {

    private final QueryLimits limits;

    public LimitedQueryService(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (limits.needsCap(query)) {
            action.getResponse().setHeader(QueryLimits.CAPPED_HEADER, Integer.toString(limits.maxResults()));
        }
        return limits.exec(dataset, query, action.getContext(), requestedTimeout(action));
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
        if (result.isRowSet()) {
            return new QueryExecResult(result.rowSet().materialize());
        }
        return result;
    }

    /** The protocol's {@code timeout} parameter in milliseconds (it is given in seconds), or -1. */
    private static long requestedTimeout(HttpAction action) {
        String t = action.getRequestParameter("timeout");
        if (t == null || t.isBlank()) {
            return -1;
        }
        try {
            String overall = t.contains(",") ? t.substring(t.indexOf(',') + 1) : t;
            double seconds = Double.parseDouble(overall.trim());
            return seconds > 0 ? (long) (seconds * 1000) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
