package org.paperkg.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.paperkg.rdf.Namespaces;

/**
 * Decides whether a bound catalogue query may read the statistics graph instead of aggregating
 * live, and so what its {@code ?statistics} variable is. It may when the query has a statistics
 * branch ({@code # statistics:} in its header), the target holds statistics, the query's
 * {@code minConfidence} is one of the bands they were taken at, it has no period ({@code from},
 * {@code to} and every other day parameter empty), and none of its sub-query limits goes past the
 * entities the statistics rank. Anything else is answered live, so results never depend on it.
 */
final class StatisticsProbe {

    /** The bands and ranked top of the target's statistics, read once; none when it has none. */
    private record Held(List<BigDecimal> bands, int top) {
        static final Held NONE = new Held(List.of(), 0);
    }

    private static final String HELD = Namespaces.SPARQL_PREFIXES
            + "SELECT ?band ?top WHERE { ?s a pk:Statistics ; pk:confidenceBand ?band ; pk:rankedTop ?top }";

    private final SparqlTarget target;
    private final boolean enabled;
    private volatile Held held;

    /** @param enabled false to answer every query live (the equivalence tests compare both) */
    StatisticsProbe(SparqlTarget target, boolean enabled) {
        this.target = target;
        this.enabled = enabled;
    }

    /** Whether {@code cq}, with the raw parameter values {@code values}, reads the statistics. */
    boolean applies(CatalogueQuery cq, Map<String, String> values) {
        if (!enabled || !cq.readsStatistics()) {
            return false;
        }
        Held h = held();
        if (h.bands().isEmpty()) {
            return false;
        }
        for (QueryParameter p : cq.parameters()) {
            String v = values.get(p.name());
            switch (p.type()) {
                case DAY -> {
                    if (v != null && !v.isBlank()) {
                        return false;
                    }
                }
                case CONFIDENCE -> {
                    if (p.name().equals("minConfidence")
                            && h.bands().stream().noneMatch(b -> b.compareTo(new BigDecimal(v.strip())) == 0)) {
                        return false;
                    }
                }
                case SUBLIMIT -> {
                    if (p.type().limit(v) > h.top()) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return true;
    }

    private Held held() {
        Held h = held;
        if (h == null) {
            h = read();
            held = h;
        }
        return h;
    }

    private Held read() {
        return target.execute(QueryFactory.create(HELD), Map.of(), qe -> {
            ResultSet rs = qe.execSelect();
            List<BigDecimal> bands = new ArrayList<>();
            int top = 0;
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                bands.add(new BigDecimal(s.getLiteral("band").getLexicalForm()));
                top = s.getLiteral("top").getInt();
            }
            return bands.isEmpty() ? Held.NONE : new Held(List.copyOf(bands), top);
        });
    }
}
