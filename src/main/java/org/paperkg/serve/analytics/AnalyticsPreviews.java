package org.paperkg.serve.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.paperkg.query.BoundQuery;
import org.paperkg.query.CatalogueQuery;
import org.paperkg.query.CatalogueRunner;
import org.paperkg.query.ChartSpec;
import org.paperkg.query.QueryParameter;
import org.paperkg.query.QueryResultTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live figures of the Analytics index (each query run once with its defaults and a small
 * limit, then kept: the served store does not change under a running server) and the entity
 * labels the parameter forms offer for completion.
 *
 * <p>The figures are computed two at a time in the background. The index waits for them at most
 * {@link #PAGE_WAIT} and shows the others as still being computed, so that a large store's first
 * visit is not held up by its slowest queries (all 24 took 43 s on the full arXiv store); a reload
 * shows them once they are done. The completion labels come from the statistics graph's rankings
 * where the store has them (aggregating every link took 25 s there).
 */
final class AnalyticsPreviews {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsPreviews.class);
    /** Bars a card's chart shows. */
    static final int CARD_ROWS = 6;
    /** Labels offered for completion, most used first. */
    static final int MAX_LABELS = 2000;

    /** How long the index waits for figures still being computed. */
    static final Duration PAGE_WAIT = Duration.ofSeconds(2);

    /** What a card shows while its figure is computed. */
    static final AnalyticsPages.Preview PENDING = new AnalyticsPages.Preview(null,
            "still being computed on this store: reload in a moment");

    /** The labels of the ranked entities (the most used of each link), most used first. */
    private static final String RANKED_LABELS = """
            PREFIX pk:   <https://w3id.org/paperkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?label (MAX(?n) AS ?papers) WHERE {
              ?r pk:rankedLink ?link ; pk:confidenceBand ?b . FILTER(?b = 0)
              ?c pk:inRanking ?r ; pk:entity ?entity ; pk:papers ?n .
              ?entity rdfs:label ?label .
            }
            GROUP BY ?label ORDER BY DESC(?papers) ?label LIMIT %d
            """.formatted(MAX_LABELS);

    private static final String LABELS = """
            PREFIX pk:   <https://w3id.org/paperkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?label (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
              VALUES ?link { pk:usesMethod pk:usesDataset pk:usesMetric pk:addressesTask }
              ?paper ?link ?entity .
              ?entity rdfs:label ?label .
            }
            GROUP BY ?label ORDER BY DESC(?papers) ?label LIMIT %d
            """.formatted(MAX_LABELS);

    private final CatalogueRunner runner;
    private final Map<String, CompletableFuture<AnalyticsPages.Preview>> cache = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor workers;
    private volatile List<String> labels;

    AnalyticsPreviews(CatalogueRunner runner) {
        this.runner = runner;
        this.workers = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "paperkg-analytics-preview");
            t.setDaemon(true);
            return t;
        });
        workers.allowCoreThreadTimeOut(true);
    }

    /**
     * The figures of one index page: all of {@code queries} started at once, each then waited for
     * until {@link #PAGE_WAIT} after the call, and {@link #PENDING} for those not done by then.
     */
    Function<CatalogueQuery, AnalyticsPages.Preview> forPage(List<CatalogueQuery> queries) {
        queries.forEach(this::started);
        long deadline = System.nanoTime() + PAGE_WAIT.toNanos();
        return q -> {
            try {
                return started(q).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return PENDING;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return PENDING;
            } catch (ExecutionException e) {
                return AnalyticsPages.Preview.NONE; // compute() reports its own failures
            }
        };
    }

    /**
     * A card's figure, computed once in the background: the chart of the query run with its
     * defaults, or its row count; none when it needs input.
     */
    private CompletableFuture<AnalyticsPages.Preview> started(CatalogueQuery q) {
        return cache.computeIfAbsent(q.name(), n -> CompletableFuture.supplyAsync(() -> compute(q), workers));
    }

    private AnalyticsPages.Preview compute(CatalogueQuery q) {
        if (q.parameters().stream().anyMatch(QueryParameter::required)) {
            return AnalyticsPages.Preview.NONE;
        }
        try {
            Map<String, String> values = q.parameter("limit").isPresent()
                    ? Map.of("limit", Integer.toString(CARD_ROWS)) : Map.of();
            BoundQuery bound = runner.bind(q, values);
            QueryResultTable t = runner.table(bound, q.chart().kind() == ChartSpec.Kind.LINE ? 500 : CARD_ROWS);
            String chart = Charts.render(q.title(), q.chart(), t).orElse(null);
            if (chart != null) {
                return new AnalyticsPages.Preview(chart, null);
            }
            return new AnalyticsPages.Preview(null, t.size() + (t.truncated() ? "+" : "") + (t.size() == 1 ? " row" : " rows")
                    + " with the default values");
        } catch (RuntimeException e) {
            LOG.warn("analytics preview of '{}' failed: {}", q.name(), e.getMessage());
            return AnalyticsPages.Preview.NONE;
        }
    }

    /** The labels of the entities papers link to, most used first; empty when the store cannot say. */
    List<String> labels() {
        List<String> l = labels;
        if (l == null) {
            try {
                l = labels(RANKED_LABELS);
                if (l.isEmpty()) {
                    l = labels(LABELS);
                }
            } catch (RuntimeException e) {
                LOG.warn("cannot read the entity labels for completion: {}", e.getMessage());
                l = List.of();
            }
            labels = l;
        }
        return l;
    }

    private List<String> labels(String query) {
        return runner.target().execute(QueryFactory.create(query), Map.of(), qe -> {
            List<String> out = new ArrayList<>();
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(s.getLiteral("label").getLexicalForm());
            }
            return List.copyOf(out);
        });
    }
}
