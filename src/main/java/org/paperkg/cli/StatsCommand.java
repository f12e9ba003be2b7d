package org.paperkg.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperkg.pipeline.CorpusBuild;
import org.paperkg.store.KgStore;
import org.paperkg.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperkg stats}: counts papers, triples and instances per class. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Prints the number of papers, triples, graphs and instances per class in the store.",
                "With --rebuild, first computes the statistics graph again (build and load --bulk write it; "
                        + "an older store has none, and then the catalogue queries aggregate live)."})
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--rebuild", description = "Compute the statistics graph again and rewrite the VoID description.")
    boolean rebuild;

    @Override
    public Integer call() {
        if (store.missing() != null) {
            spec.commandLine().getErr().println("paperkg stats: " + store.missing());
            return ExitCodes.USAGE;
        }
        StoreStats s;
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore kg = KgStore.open(store.db(), store.iris())) {
            if (rebuild) {
                long start = System.nanoTime();
                s = CorpusBuild.finish(kg);
                out.printf("statistics graph rebuilt and store described in %.1f s%n", (System.nanoTime() - start) / 1e9);
            } else {
                s = kg.stats();
            }
        }
        out.printf("%-10s %,12d%n", "papers", s.papers());
        out.printf("%-10s %,12d%n", "triples", s.triples());
        out.printf("%-10s %,12d%n", "graphs", s.graphs());
        for (Map.Entry<String, Long> e : s.perClass().entrySet()) {
            out.printf("%-10s %,12d%n", "pk:" + e.getKey(), e.getValue());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
