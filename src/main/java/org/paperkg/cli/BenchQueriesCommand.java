package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperkg.query.CatalogueRunner;
import org.paperkg.query.QueryBench;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.query.QueryParameter;
import org.paperkg.query.QueryUsageException;
import org.paperkg.query.SparqlTarget;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code paperkg bench queries}: times every catalogue query on a store with {@link QueryBench}
 * and prints one line per query, flagging those over the one-second budget of issue 5.
 */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = {"Times every catalogue query on a store: a warm-up run, then the median",
            "and maximum wall-clock and CPU time of N runs, and the rows returned.",
            "Queries over 1 s are flagged. Required papers default to the paper with",
            "the most links.",
            "  paperkg bench queries --db /tmp/kg --param minConfidence=0.8 --runs 5"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every query ran (over 1 s or not)", "1:a query failed",
            "2:usage error (no store, unknown parameter, bad value)"})
public final class BenchQueriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter value for every query that declares NAME; repeat for several.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--live", description = "Aggregate live even where the statistics graph could answer "
            + "(to compare the two on one store).")
    boolean live;

    @Option(names = "--runs", defaultValue = "5", description = "Timed runs per query (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1) {
            err.printf("paperkg bench queries: --runs must be at least 1, got %d%n", runs);
            return ExitCodes.USAGE;
        }
        QueryCatalogue catalogue = QueryCatalogue.load();
        List<String> declared = catalogue.queries().stream()
                .flatMap(q -> q.parameters().stream()).map(QueryParameter::name).distinct().sorted().toList();
        for (String name : params.keySet()) {
            if (!declared.contains(name)) {
                err.printf("paperkg bench queries: no catalogue query has a parameter '%s'; they have %s%n", name,
                        String.join(", ", declared));
                return ExitCodes.USAGE;
            }
        }
        if (store.missing() != null) {
            err.println("paperkg bench queries: " + store.missing());
            return ExitCodes.USAGE;
        }
        ResourceIris iris;
        try {
            iris = store.iris();
        } catch (IllegalArgumentException e) {
            err.println("paperkg bench queries: --base: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (KgStore kg = KgStore.open(store.db(), iris)) {
            SparqlTarget target = SparqlTarget.local(kg.dataset(), SparqlTarget.DEFAULT_TIMEOUT, "store " + store.db());
            List<QueryBench.Timing> timings;
            try {
                timings = QueryBench.run(new CatalogueRunner(catalogue, target, iris, !live), params, runs);
            } catch (QueryUsageException e) {
                err.println("paperkg bench queries: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("store %s, %d timed runs per query after a warm-up, parameters %s%n", store.db(), runs,
                    params.isEmpty() ? "at their defaults" : params);
            QueryBench.print(timings, out);
            return ExitCodes.OK;
        }
    }
}
