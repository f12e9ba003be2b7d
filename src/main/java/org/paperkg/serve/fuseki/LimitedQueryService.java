package org.paperkg.serve.fuseki;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.paperkg.query.QueryLimits;

/**
 * Fuseki's SPARQL query operation under {@link QueryLimits} and the {@link ServiceGuard}: every
 * query gets the timeout and the result cap, a SELECT's rows are all computed before the response
 * starts, a query naming a SERVICE that is not allowed is refused, and the log shows a bounded
 * excerpt of each query, never the whole text.
 *
 * <p>Fuseki streams SELECT results as they come, so a timeout that fires after the first row
 * would cut the stream and leave the client with a truncated document under status 200.
 * Computing the (capped, so bounded) rows first means a timeout always surfaces as HTTP 503
 * with a message, never as an empty or partial result.
 *
 * <p>Fuseki's own handling logs the whole query text and echoes it in some error messages; this
 * class parses and runs the query the same way (ARQ syntax, Fuseki's parser base, the dataset
 * chosen by the protocol's dataset parameters) but logs {@link #LOGGED_CHARS} characters at most
 * and answers errors with the parser's message only.
 */
public final class LimitedQueryService extends SPARQL_QueryDataset {

    /** The most characters of one query the log shows. */
    public static final int LOGGED_CHARS = 1_000;

    private final QueryLimits limits;
    private final ServiceGuard services;

    public LimitedQueryService(QueryLimits limits, ServiceGuard services) {
        this.limits = limits;
        this.services = services;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) {
            ServletOps.errorBadRequest("Empty query: send the query text in 'query=' or as an application/sparql-query body");
        }
        action.log.info(String.format("[%d] Query = %s", action.id, excerpt(queryString, LOGGED_CHARS)));
        Query query = null;
        try {
            query = QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            String msg = SPARQLProtocol.messageForParseException(e);
            action.log.info(String.format("[%d] %s", action.id, excerpt(msg, LOGGED_CHARS)));
            ServletOps.errorBadRequest(msg);
        }
        validateQuery(action, query);
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, null);
            Query q = chosen.getRight() == null ? query : chosen.getRight();
            try (QueryExec exec = createQueryExec(action, q, chosen.getLeft())) {
                QueryExecResult result = executeQuery(action, exec, query, null);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryParseException e) {
            // A late static error, such as a malformed text:query string.
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: " + SPARQLProtocol.messageForException(e));
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }

    /** Refuses a query whose SERVICE endpoints are not allowed (HTTP 422 with the reason). */
    @Override
    protected void validateQuery(HttpAction action, Query query) {
        services.check(query);
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

    /** {@code text} on one line, cut to {@code max} characters with a note of its full length. */
    static String excerpt(String text, int max) {
        String line = text.replace('\n', ' ').replace('\r', ' ').strip();
        if (line.length() <= max) {
            return line;
        }
        return line.substring(0, max) + " ... [" + line.length() + " characters, " + (line.length() - max) + " not logged]";
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
