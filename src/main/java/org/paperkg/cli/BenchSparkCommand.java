package org.paperkg.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.paperkg.extract.ExtractorConfig;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.link.ResourceIris;
import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.BuildReport;
import org.paperkg.pipeline.CorpusBuild;
import org.paperkg.pipeline.Extractors;
import org.paperkg.rdf.Lexicons;
import org.paperkg.spark.ShardFiles;
import org.paperkg.spark.SparkJob;
import org.paperkg.spark.SparkJobOptions;
import org.paperkg.spark.SparkJobReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code paperkg bench spark}: the same first N abstracts through {@code build} and through the
 * Spark job plus the bulk loader, side by side in one run, with wall-clock and process CPU time
 * and peak heap for each stage, whether both stores hold the same papers and triples, and a
 * projection of the Spark build's cost to 2.8 million abstracts from its measured CPU per paper.
 * Spark runs in local mode inside this JVM, so the heap figures cover driver and executors.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Runs the first N abstracts of a JSON Lines file through 'build' and through the Spark job",
            "plus 'load --bulk', side by side: wall and CPU time, peak heap, papers per second, and a projection",
            "to 2.8M abstracts. Run it through ./paperkg (which puts Spark on the class path), e.g.",
            "  ./paperkg bench spark --input ../shared/corpora/arxiv_cs_daily/abstracts.jsonl.gz --limit 10000"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:both builds ran and their stores hold the same papers and triples",
            "1:failure, or the stores differ", "2:usage error"})
public final class BenchSparkCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BenchSparkCommand.class);
    /** All of arXiv's abstracts, for the projection. */
    private static final long ARXIV = 2_800_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", required = true,
            description = "A JSON Lines file (plain or gzip), e.g. the arXiv corpus of ../shared.")
    Path input;

    @Option(names = "--limit", defaultValue = "10000", description = "First N lines of the input (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--threads", defaultValue = "2", description = "Extraction threads of 'build' (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--papers-per-shard", defaultValue = "" + SparkJobOptions.DEFAULT_PAPERS_PER_SHARD,
            description = "Papers per Spark partition and shard (default: ${DEFAULT-VALUE}).")
    int papersPerShard;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the input slice, the two stores and the shards (default: a temporary folder, deleted after).")
    Path work;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!SparkJob.available()) {
            err.println("paperkg bench spark: Apache Spark is not on the class path; run it as './paperkg bench spark ...'");
            return ExitCodes.FAILURE;
        }
        if (!Files.isRegularFile(input)) {
            err.printf("paperkg bench spark: no such file: %s%n", input);
            return ExitCodes.USAGE;
        }
        if (limit < 1 || threads < 1 || threads > BuildOptions.MAX_THREADS) {
            err.printf("paperkg bench spark: --limit must be at least 1 and --threads between 1 and %d%n",
                    BuildOptions.MAX_THREADS);
            return ExitCodes.USAGE;
        }
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("paperkg-bench-spark") : Files.createDirectories(work);
        try {
            return run(dir, out);
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
    }

    private int run(Path dir, PrintWriter out) throws IOException {
        Path slice = dir.resolve("input-" + limit + ".jsonl");
        long lines = firstLines(input, limit, slice);
        ResourceIris iris = ResourceIris.defaults();
        Lexicons lexicon = Lexicons.load(iris);
        boolean crf = ExtractorConfig.DEFAULT_CRF;
        out.printf(Locale.ROOT, "input: first %,d lines of %s; %d cores, max heap %d MB%n", lines, input,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "%-28s %10s %10s %10s %12s%n", "stage", "wall s", "CPU s", "peak MB", "papers/s");

        Stage build = Stage.start();
        BuildReport built = new CorpusBuild(new BuildOptions(List.of(slice), dir.resolve("build-db"), iris, threads,
                BuildOptions.DEFAULT_BATCH), Extractors.standard(lexicon, crf), lexicon, CorpusBuild.Listener.NONE)
                .run(ProblemHandler.logging(LOG));
        Stage.Figures b = build.stop();
        b.print(out, "build (" + threads + " threads)", built.papers());

        Stage spark = Stage.start();
        Path shards = dir.resolve("shards");
        SparkJobReport job = SparkJob.run(master, SparkJobOptions.of(List.of(slice.toString()), shards.toString(), iris)
                .withPapersPerShard(papersPerShard).withCrf(crf), ProblemHandler.logging(LOG));
        Stage.Figures s = spark.stop();
        s.print(out, "spark " + master + " (" + job.shards() + " shards)", job.papers());

        Stage load = Stage.start();
        BulkLoad.Result loaded = BulkLoad.run(ShardFiles.list(List.of(shards)), dir.resolve("bulk-db"), iris,
                BulkLoad.LoaderKind.parallel);
        Stage.Figures l = load.stop();
        l.print(out, "load --bulk (parallel)", loaded.stats().papers());

        Stage.Figures total = s.plus(l);
        total.print(out, "spark + load", loaded.stats().papers());
        out.printf(Locale.ROOT, "bulk loader: %,d quads in %.1f s (%,.0f quads/s); build wrote %,d triples in %.1f s%n",
                loaded.quads(), loaded.loadSeconds(), loaded.quadsPerSecond(), built.after().triples(), b.wallSeconds());
        boolean same = built.papers() == loaded.stats().papers() && built.after().triples() == loaded.stats().triples();
        out.printf(Locale.ROOT, "stores: build %,d papers / %,d triples; spark + load %,d papers / %,d triples: %s%n",
                built.papers(), built.after().triples(), loaded.stats().papers(), loaded.stats().triples(),
                same ? "same" : "DIFFERENT");
        double cpuPerPaper = s.cpuSeconds() / Math.max(1, job.papers());
        out.printf(Locale.ROOT, "projection: %.3f CPU s per paper on Spark -> %,d abstracts need %.1f core-hours: "
                + "%.1f h on 16 executors x 2 cores, %.1f h on 64 x 2 (extraction only, before the bulk load)%n",
                cpuPerPaper, ARXIV, cpuPerPaper * ARXIV / 3600, cpuPerPaper * ARXIV / 3600 / 32,
                cpuPerPaper * ARXIV / 3600 / 128);
        out.flush();
        return same ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** Copies the first {@code n} lines of a JSON Lines file, gunzipping it if it is gzip. */
    private static long firstLines(Path from, int n, Path to) throws IOException {
        long count = 0;
        try (InputStream raw = Files.newInputStream(from);
                BufferedReader in = new BufferedReader(new InputStreamReader(
                        from.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, StandardCharsets.UTF_8));
                BufferedWriter w = Files.newBufferedWriter(to)) {
            String line;
            while (count < n && (line = in.readLine()) != null) {
                w.write(line);
                w.newLine();
                count++;
            }
        }
        return count;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Wall time, process CPU time and peak heap of one stage, from a collected heap at its start. */
    private static final class Stage {

        private final long wall0 = System.nanoTime();
        private final long cpu0 = processCpuNanos();
        private final PeakHeap heap;

        private Stage() {
            heap = new PeakHeap();
        }

        static Stage start() {
            System.gc();
            return new Stage();
        }

        Figures stop() {
            Figures f = new Figures((System.nanoTime() - wall0) / 1e9, (processCpuNanos() - cpu0) / 1e9, heap.peakMb());
            heap.close();
            return f;
        }

        private static long processCpuNanos() {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0;
        }

        record Figures(double wallSeconds, double cpuSeconds, long peakMb) {

            Figures plus(Figures o) {
                return new Figures(wallSeconds + o.wallSeconds, cpuSeconds + o.cpuSeconds, Math.max(peakMb, o.peakMb));
            }

            void print(PrintWriter out, String stage, long papers) {
                out.printf(Locale.ROOT, "%-28s %10.1f %10.1f %10d %12.1f%n", stage, wallSeconds, cpuSeconds, peakMb,
                        papers / Math.max(wallSeconds, 1e-9));
                out.flush();
            }
        }
    }
}
