package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.BuildReport;
import org.paperkg.pipeline.Extractors;
import org.paperkg.pipeline.CorpusBuild;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.rdf.Lexicons;
import org.paperkg.store.KgStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code paperkg build}: reads abstracts into the TDB2 store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads abstracts (listing pages, JSON Lines, arXiv Atom, CSV; files or folders) into the store.",
            "Duplicates merge; unchanged papers are skipped; a changed paper replaces only its own graph."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record was read", "1:failure", "2:usage error", "3:some input was skipped (see the log)"})
public final class BuildCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BuildCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    NerOption ner;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders to read.")
    List<Path> inputs;

    @Option(names = "--threads", defaultValue = "2", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--batch", defaultValue = "" + BuildOptions.DEFAULT_BATCH, description = "Papers per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--compact", description = "After the build, compact the store: give back the disk space that "
            + "TDB2's copy-on-write transactions leave behind (worth it after a large first build).")
    boolean compact;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().printf("paperkg build: no such file or folder: %s%n", p);
                return ExitCodes.USAGE;
            }
        }
        boolean crf = ner.crf(spec.commandLine());
        BuildOptions options;
        try {
            options = new BuildOptions(inputs, store.db(), store.iris(), threads, batch);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().printf("paperkg build: %s%n", e.getMessage());
            return ExitCodes.USAGE;
        }
        Progress progress = Progress.forConsole();
        Lexicons lexicon = Lexicons.load(options.iris());
        BuildReport report = new CorpusBuild(options, Extractors.standard(lexicon, crf), lexicon, progress)
                .run(ProblemHandler.logging(LOG));
        progress.done();
        out.print(report.describe());
        out.flush();
        if (compact) {
            long before = KgStore.diskBytes(options.db());
            long start = System.nanoTime();
            try (KgStore s = KgStore.open(options.db(), options.iris())) {
                s.compact();
            }
            out.printf("compacted: %,d MB -> %,d MB on disk in %.1f s%n", before >> 20,
                    KgStore.diskBytes(options.db()) >> 20, (System.nanoTime() - start) / 1e9);
            out.flush();
        }
        return report.incomplete() ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
    }
}
