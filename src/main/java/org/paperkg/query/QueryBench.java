package org.paperkg.query;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.paperkg.rdf.PK;
import org.paperkg.rdf.ResourceIris;
import org.paperkg.store.KgStore;

/**
 * Times every catalogue query on a store: one untimed warm-up run, then the median, fastest
 * and slowest of {@code runs} timed runs. A run is what a user waits for: binding (with name
 * resolution), execution and reading every row. Besides wall-clock time it records the CPU
 * time of the thread that ran the query (Jena runs a query on its caller's thread), which
 * is what the wall-clock time would be on an otherwise idle machine: on a shared machine the
 * two differ by the time the thread waited for a core.
 *
 * <pre>{@code
 * List<QueryBench.Timing> timings = QueryBench.run(runner, Map.of("laterFrom", "2026"), 5);
 * QueryBench.print(timings, System.out);
 * }</pre>
 *
 * Required paper parameters are filled with the paper that has the most links, so the
 * neighbourhood queries run on a well-connected paper. From the command line:
 * {@code QueryBench --db DIR [--runs 5] [--base IRI] [--param NAME=VALUE ...]}.
 */
public final class QueryBench {

    /** One query's timings in milliseconds (wall clock, and the median CPU time), and the rows its last run returned. */
    public record Timing(String query, long rows, double medianMillis, double minMillis, double maxMillis,
            double medianCpuMillis) {
    }

    private static final Query BUSIEST_PAPER = QueryFactory.create("""
            PREFIX pk: <%s>
            SELECT ?p (COUNT(?e) AS ?n) WHERE { ?p pk:usesMethod|pk:usesDataset|pk:usesMetric|pk:addressesTask ?e }
            GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1""".formatted(PK.NS));

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
            timings.add(new Timing(q.name(), rows, millis[runs / 2], millis[0], millis[runs - 1], cpu[runs / 2]));
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

    /** The timings as an aligned table, slowest last line summarising. */
    public static void print(List<Timing> timings, PrintStream out) {
        out.printf(Locale.ROOT, "%-28s %8s %11s %9s %9s %11s%n", "query", "rows", "median ms", "min ms", "max ms",
                "median cpu");
        double worst = 0;
        double worstCpu = 0;
        for (Timing t : timings) {
            out.printf(Locale.ROOT, "%-28s %8d %11.1f %9.1f %9.1f %11.1f%n", t.query(), t.rows(), t.medianMillis(),
                    t.minMillis(), t.maxMillis(), t.medianCpuMillis());
            worst = Math.max(worst, t.medianMillis());
            worstCpu = Math.max(worstCpu, t.medianCpuMillis());
        }
        out.printf(Locale.ROOT, "slowest median: %.1f ms wall clock, %.1f ms cpu%n", worst, worstCpu);
    }

    /** {@code QueryBench --db DIR [--runs N] [--base IRI] [--param NAME=VALUE ...]}; exit 2 on a usage error. */
    public static void main(String[] args) {
        Path db = null;
        int runs = 5;
        String base = PK.DEFAULT_RESOURCE_BASE;
        Map<String, String> overrides = new LinkedHashMap<>();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--db" -> db = Path.of(args[++i]);
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--base" -> base = args[++i];
                    case "--param" -> {
                        String[] kv = args[++i].split("=", 2);
                        if (kv.length != 2) {
                            throw new IllegalArgumentException("--param takes NAME=VALUE, got '" + args[i] + "'");
                        }
                        overrides.put(kv[0], kv[1]);
                    }
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
            if (db == null || !Files.isDirectory(db)) {
                throw new IllegalArgumentException("--db DIR must name a store directory");
            }
        } catch (RuntimeException e) {
            System.out.println("QueryBench: " + e.getMessage()
                    + "\nusage: QueryBench --db DIR [--runs N] [--base IRI] [--param NAME=VALUE ...]");
            System.exit(2);
            return;
        }
        ResourceIris iris = ResourceIris.withBase(base);
        try (KgStore store = KgStore.open(db, iris)) {
            CatalogueRunner runner = new CatalogueRunner(QueryCatalogue.load(), SparqlTarget.local(store.dataset()), iris);
            print(run(runner, overrides, runs), System.out);
        }
    }
}
