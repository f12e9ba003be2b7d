package org.paperkg.query;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * The limits every query on the server runs under, whether it comes to the SPARQL endpoint or
 * from a page: an overall timeout and a cap on the number of solutions.
 *
 * @param timeout    how long a query may run, start to last row
 * @param maxResults the most solutions a query answers with; a query asking for more, or with no
 *                   LIMIT, gets {@code LIMIT maxResults}
 */
public record QueryLimits(Duration timeout, int maxResults) {

    /** The response header that tells a client its query was capped, with the cap as value. */
    public static final String CAPPED_HEADER = "Paperkg-Result-Limit";

    public QueryLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxResults < 1) {
            throw new IllegalArgumentException("maxResults must be at least 1, got " + maxResults);
        }
    }

    /** True when {@code q} would answer with more than {@link #maxResults} solutions. */
    public boolean needsCap(Query q) {
        if (q.isAskType()) {
            return false;
        }
        return !q.hasLimit() || q.getLimit() > maxResults;
    }

    /** {@code q}, or a copy of it limited to {@link #maxResults} solutions. */
    public Query cap(Query q) {
        if (!needsCap(q)) {
            return q;
        }
        Query capped = q.cloneQuery();
        capped.setLimit(maxResults);
        return capped;
    }

    /**
     * A query execution under these limits; {@code requestedMillis} (from the protocol's
     * {@code timeout} parameter, or -1) may shorten the timeout, never lengthen it. A null
     * {@code context} keeps the dataset's own (where TDB2's union default graph is set).
     */
    public QueryExec exec(DatasetGraph dsg, Query q, Context context, long requestedMillis) {
        long millis = timeout.toMillis();
        if (requestedMillis > 0) {
            millis = Math.min(millis, requestedMillis);
        }
        var builder = QueryExec.newBuilder()
                .dataset(dsg)
                .query(cap(q))
                .overallTimeout(millis, TimeUnit.MILLISECONDS);
        if (context != null) {
            builder.context(context);
        }
        return builder.build();
    }
}
