package org.paperkg.query;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.paperkg.rdf.PK;

/**
 * Times every catalogue query on a store: one untimed warm-up run, then the median, fastest
 * and slowest of {@code runs} timed runs. A run is what a user waits for: binding (with name
 * resolution), execution and reading every row. Besides wall-clock time it records the CPU
 * time of the thread that ran the query (Jena runs a query on its caller's thread), a lower
 * bound of the wall-clock time that other jobs on the machine do not move: the two differ by
 * the time the thread waited for a core, for store pages read from disk, or for the collector.
 *
 * <pre>{@code
 * List<QueryBench.Timing> timings = QueryBench.run(runner, Map.of("laterFrom", "2026"), 5);
 * QueryBench.print(timings, new PrintWriter(System.out));
 * }</pre>
 *
 * Required paper parameters are filled with the paper that has the most links, so the
 * neighbourhood queries run on a well-connected paper. From the command line:
 * {@code paperkg bench queries --db DIR [--runs 5] [--param NAME=VALUE ...]}.
 */
public final class QueryBench {

    /** How long a catalogue query may take on the 10,000-abstract benchmark graph (issue 5). */
    public static final double BUDGET_MILLIS = 1000;

    /** One query's timings in milliseconds (wall clock and CPU), and the rows its last run returned. */
    public record Timing(String query, long rows, double medianMillis, double minMillis, double maxMillis,
            double medianCpuMillis, double maxCpuMillis) {

        /** Whether the query's median wall-clock or CPU time exceeds {@link #BUDGET_MILLIS}. */
        public boolean overBudget() {
            return medianMillis > BUDGET_MILLIS || medianCpuMillis > BUDGET_MILLIS;
        }
    }

    private static final Query BUSIEST_PAPER = QueryFactory.create(Sparql.PREFIXES + """
            SELECT ?p (COUNT(?e) AS ?n) WHERE { ?p %s ?e }
            GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1""".formatted(PK.anyEntityLinkPath()));

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private QueryBench() {
    }

    /**
     * Times every query of the runner's catalogue.
     *
     * @param overrides parameter values used by every query that declares the parameter
     * @param runs      timed runs per query, at least 1
     */
    public static List<Timing> run(CatalogueRunner runner, Map<String, String> overrides, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        String busiest = runner.target().execute(BUSIEST_PAPER, Map.of(), qe -> {
            var rs = qe.execSelect();
            return rs.hasNext() ? rs.next().getResource("p").getURI() : null;
        });
        List<Timing> timings = new ArrayList<>();
        for (CatalogueQuery q : runner.catalogue().queries()) {
            Map<String, String> values = new HashMap<>();
            for (QueryParameter p : q.parameters()) {
                if (overrides.containsKey(p.name())) {
                    values.put(p.name(), overrides.get(p.name()));
                } else if (p.required() && p.type() == ParameterType.PAPER && busiest != null) {
                    values.put(p.name(), busiest);
                }
            }
            once(runner, q, values);
            double[] millis = new double[runs];
            double[] cpu = new double[runs];
            long rows = 0;
            for (int i = 0; i < runs; i++) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                rows = once(runner, q, values);
                millis[i] = (System.nanoTime() - start) / 1e6;
                cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            }
            Arrays.sort(millis);
            Arrays.sort(cpu);
            timings.add(new Timing(q.name(), rows, millis[runs / 2], millis[0], millis[runs - 1], cpu[runs / 2],
                    cpu[runs - 1]));
        }
        return timings;
    }

    private static long once(CatalogueRunner runner, CatalogueQuery q, Map<String, String> values) {
        BoundQuery bound = runner.bind(q, values);
        return runner.target().execute(bound.query(), bound.substitution(), qe -> {
            if (bound.query().isSelectType()) {
                return (long) ResultSetFormatter.consume(qe.execSelect());
            }
            return qe.execConstruct().size();
        });
    }

    /**
     * The timings as an aligned table, one line per query, a query over the budget flagged
     * "over 1 s"; the last line names the slowest medians and how many queries are over.
     */
    public static void print(List<Timing> timings, PrintWriter out) {
        out.printf(Locale.ROOT, "%-28s %8s %11s %9s %11s %9s  %s%n", "query", "rows", "median ms", "max ms",
                "median cpu", "max cpu", "flag");
        double worst = 0;
        double worstCpu = 0;
        long over = 0;
        for (Timing t : timings) {
            String line = String.format(Locale.ROOT, "%-28s %8d %11.1f %9.1f %11.1f %9.1f  %s", t.query(), t.rows(),
                    t.medianMillis(), t.maxMillis(), t.medianCpuMillis(), t.maxCpuMillis(), t.overBudget() ? "over 1 s" : "");
            out.println(line.stripTrailing());
            worst = Math.max(worst, t.medianMillis());
            worstCpu = Math.max(worstCpu, t.medianCpuMillis());
            over += t.overBudget() ? 1 : 0;
        }
        out.printf(Locale.ROOT, "slowest median: %.1f ms wall clock, %.1f ms cpu; %d of %d queries over 1 s%n", worst,
                worstCpu, over, timings.size());
        out.flush();
    }
}
