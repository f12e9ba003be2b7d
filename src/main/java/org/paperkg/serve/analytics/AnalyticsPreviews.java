package org.paperkg.serve.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 */
final class AnalyticsPreviews {

    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsPreviews.class);
    /** Bars a card's chart shows. */
    static final int CARD_ROWS = 6;
    /** Labels offered for completion, most used first. */
    static final int MAX_LABELS = 2000;

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
    private final Map<String, AnalyticsPages.Preview> cache = new ConcurrentHashMap<>();
    private volatile List<String> labels;

    AnalyticsPreviews(CatalogueRunner runner) {
        this.runner = runner;
    }

    /** A card's figure: the chart of the query run with its defaults, or its row count; none when it needs input. */
    AnalyticsPages.Preview preview(CatalogueQuery q) {
        return cache.computeIfAbsent(q.name(), n -> compute(q));
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
                l = runner.target().execute(QueryFactory.create(LABELS), Map.of(), qe -> {
                    List<String> out = new ArrayList<>();
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution s = rs.next();
                        out.add(s.getLiteral("label").getLexicalForm());
                    }
                    return List.copyOf(out);
                });
            } catch (RuntimeException e) {
                LOG.warn("cannot read the entity labels for completion: {}", e.getMessage());
                l = List.of();
            }
            labels = l;
        }
        return l;
    }
}
