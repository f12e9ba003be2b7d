package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.spark.ShardFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperkg load --bulk}: a new TDB2 store from the shards of {@code paperkg spark}, with
 * TDB2's parallel bulk loader, then the end-of-build steps {@code build} runs (dataset
 * description) and the text index, so {@code serve} finds it as after a build.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-loads N-Quads shards (from 'paperkg spark') into a new TDB2 store with TDB2's bulk loader,",
            "then describes the store and builds its text index, as 'paperkg build' leaves a store."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:loaded", "1:failure (bad shard, store error)", "2:usage error"})
public final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--bulk", required = true, description = "Load with the bulk loader (the only mode; the store must be new).")
    boolean bulk;

    @Option(names = "--loader", defaultValue = "parallel",
            description = "TDB2 loader: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    BulkLoad.LoaderKind loader;

    @Parameters(paramLabel = "SHARDS", arity = "1..*", description = "Shard folders or *.nq.gz files.")
    List<Path> shards;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path db = store.db();
        if (Files.exists(db) && !isEmptyDir(db)) {
            err.printf("paperkg load: %s exists and is not empty; the bulk loader builds a new store: name a new directory%n", db);
            return ExitCodes.USAGE;
        }
        List<Path> files;
        try {
            files = ShardFiles.list(shards);
        } catch (IOException e) {
            err.printf("paperkg load: %s%n", e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!ShardFiles.drops(shards).isEmpty()) {
            err.println("paperkg load: warning: the shards come from an incremental run (drop.txt lists graphs); a new "
                    + "store holds only the graphs in them. Use 'paperkg push' to update a store fed by earlier runs.");
        }
        BulkLoad.Result r;
        try {
            r = BulkLoad.run(files, db, store.iris(), loader);
        } catch (RuntimeException e) {
            err.printf("paperkg load: %s; the store in %s is incomplete: delete it and load again%n", e.getMessage(), db);
            return ExitCodes.FAILURE;
        }
        out.printf("loaded %,d quads from %,d shard files with the TDB2 %s loader in %.1f s (%,.0f quads/s)%n", r.quads(),
                files.size(), loader, r.loadSeconds(), r.quadsPerSecond());
        out.printf("store: %,d papers, %,d triples in %,d graphs; text index built in %.1f s%n", r.stats().papers(),
                r.stats().triples(), r.stats().graphs(), r.indexSeconds());
        out.flush();
        return ExitCodes.OK;
    }

    private static boolean isEmptyDir(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (var s = Files.list(p)) {
            return s.findAny().isEmpty();
        }
    }
}
