package org.paperkg.query;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;

/**
 * Where queries run: the local TDB2 store or any SPARQL endpoint. Either way a query is a
 * parsed {@link Query} plus a map of variable substitutions, which Jena applies to the parsed
 * query (for an endpoint, before serialising it), so values never pass through query text.
 *
 * <pre>{@code
 * SparqlTarget local = SparqlTarget.local(store.dataset());
 * SparqlTarget remote = SparqlTarget.remote("http://localhost:3030/kg/sparql");
 * long rows = local.execute(query, Map.of(), qe -> ResultSetFormatter.consume(qe.execSelect()));
 * }</pre>
 */
public sealed interface SparqlTarget permits SparqlTarget.Local, SparqlTarget.Remote {

    /** How long a query may run when no timeout is given: long enough for exports, short of forever. */
    Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    /** Runs {@code body} on an execution of {@code query} with {@code substitution} applied, and closes it. */
    <T> T execute(Query query, Map<String, RDFNode> substitution, Function<QueryExecution, T> body);

    /** What this target is, for messages: "store db" or "endpoint http://...". */
    String describe();

    /** The dataset, queried inside a read transaction (TDB2 requires one; others accept it). */
    static SparqlTarget local(Dataset dataset) {
        return new Local(dataset, DEFAULT_TIMEOUT, "local store");
    }

    static SparqlTarget local(Dataset dataset, Duration timeout, String description) {
        return new Local(dataset, timeout, description);
    }

    /** A SPARQL endpoint (its query URL); throws IllegalArgumentException for anything but an http(s) URL. */
    static SparqlTarget remote(String endpoint) {
        return remote(endpoint, DEFAULT_TIMEOUT);
    }

    static SparqlTarget remote(String endpoint, Duration timeout) {
        try {
            URI uri = new URI(endpoint);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("endpoint must be an http(s) URL such as "
                        + "http://localhost:3030/kg/sparql, got '" + endpoint + "'");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("endpoint is not a URL: '" + endpoint + "' (" + e.getReason() + ")", e);
        }
        return new Remote(endpoint, timeout);
    }

    /** A local dataset. */
    record Local(Dataset dataset, Duration timeout, String description) implements SparqlTarget {

        public Local {
            Objects.requireNonNull(dataset, "dataset");
            Objects.requireNonNull(timeout, "timeout");
        }

        @Override
        public <T> T execute(Query query, Map<String, RDFNode> substitution, Function<QueryExecution, T> body) {
            return Txn.calculateRead(dataset, () -> {
                QueryExecutionBuilder b = QueryExecution.dataset(dataset).query(query);
                return run(b, substitution, timeout, body);
            });
        }

        @Override
        public String describe() {
            return description;
        }
    }

    /** A remote endpoint, through Jena's HTTP query execution. */
    record Remote(String endpoint, Duration timeout) implements SparqlTarget {

        @Override
        public <T> T execute(Query query, Map<String, RDFNode> substitution, Function<QueryExecution, T> body) {
            return run(QueryExecutionHTTP.service(endpoint).query(query), substitution, timeout, body);
        }

        @Override
        public String describe() {
            return "endpoint " + endpoint;
        }
    }

    private static <T> T run(QueryExecutionBuilder builder, Map<String, RDFNode> substitution, Duration timeout,
            Function<QueryExecution, T> body) {
        substitution.forEach(builder::substitution);
        builder.timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (QueryExecution qe = builder.build()) {
            return body.apply(qe);
        }
    }
}
