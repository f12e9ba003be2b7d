package org.paperkg.serve.view;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * What a query typed on the query page gave: a table, a yes/no, triples, or an error.
 *
 * @param vars      the column names (for CONSTRUCT and DESCRIBE: subject, predicate, object)
 * @param rows      the rows, at most the page's display limit
 * @param total     how many rows the query gave (within the server's result cap)
 * @param ask       the answer of an ASK, else null
 * @param capped    true when the server's result cap cut the result
 * @param error     a message when the query failed, else null
 * @param millis    how long it ran
 * @param status    the HTTP status that fits: 200, 400 for a query that does not parse, 503 for a timeout
 */
public record QueryOutcome(List<String> vars, List<List<Node>> rows, long total, Boolean ask, boolean capped,
        String error, long millis, int status) {

    public static QueryOutcome failed(String message, long millis, int status) {
        return new QueryOutcome(List.of(), List.of(), 0, null, false, message, millis, status);
    }
}
