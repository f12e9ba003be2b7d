package org.paperkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.BuildReport;
import org.paperkg.pipeline.Extractors;
import org.paperkg.pipeline.CorpusBuild;
import org.paperkg.extract.CoreNlpExtractor;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.ExtractorConfig;
import org.paperkg.ingest.Corpus;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.ingest.Titles;
import org.paperkg.rdf.Lexicons;
import org.paperkg.link.ResourceIris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code paperkg bench}: extraction throughput beside the bare CoreNLP annotators it uses, on
 * one and two threads, the end-to-end build, and peak heap, on a real corpus. Its subcommand
 * {@code paperkg bench queries} ({@link BenchQueriesCommand}) times the query catalogue instead,
 * which is why {@code --input} is checked here rather than declared required.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures extraction throughput (abstracts/s on 1 and 2 threads) beside the bare CoreNLP",
            "annotators it uses, the end-to-end build into a fresh TDB2 store, and peak heap.",
            "Run it with the heap you want to check, e.g. PAPERKG_JAVA_OPTS=-Xmx2g ./paperkg bench ...",
            "'paperkg bench queries --db DIR' times the query catalogue instead; 'paperkg bench spark' compares",
            "build with the Spark job and the bulk loader."},
        subcommands = {BenchQueriesCommand.class, BenchSparkCommand.class})
public final class BenchCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BenchCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "PATH",
            description = "Corpus to measure on (files or folders; e.g. ../shared/seeds); required.")
    List<Path> inputs;

    @Option(names = "--limit", defaultValue = "0",
            description = "Use only the first N distinct papers (0: all; default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--threads", split = ",", defaultValue = "1,2",
            description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--rounds", defaultValue = "2",
            description = "Alternating rounds of bare CoreNLP and extraction per thread count (default ${DEFAULT-VALUE}).")
    int rounds;

    @picocli.CommandLine.Mixin
    NerOption ner;

    @Option(names = "--skip-build", description = "Measure extraction only, not the end-to-end build.")
    boolean skipBuild;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (inputs == null || inputs.isEmpty()) {
            spec.commandLine().getErr().println("paperkg bench: give --input PATH (a corpus to measure extraction on), "
                    + "or use 'paperkg bench queries --db DIR' to time the query catalogue");
            spec.commandLine().usage(spec.commandLine().getErr());
            return ExitCodes.USAGE;
        }
        if (threads.isEmpty() || threads.stream().anyMatch(n -> n < 1 || n > BuildOptions.MAX_THREADS)) {
            spec.commandLine().getErr().println("paperkg bench: --threads takes thread counts from 1 to "
                    + BuildOptions.MAX_THREADS + ", e.g. 1,2");
            return ExitCodes.USAGE;
        }
        boolean crf = ner.crf(spec.commandLine());
        List<Paper> papers = load();
        if (papers.isEmpty()) {
            spec.commandLine().getErr().println("paperkg bench: no papers in " + inputs);
            return ExitCodes.USAGE;
        }
        ResourceIris iris = ResourceIris.defaults();
        Lexicons lexicon = Lexicons.load(iris);
        List<String> texts = papers.stream().map(p -> p.title() + "\n\n" + p.abstractText()).toList();
        long tokens = 0;
        for (String t : texts) {
            tokens += t.split("\\s+").length;
        }
        out.printf("corpus: %s, %,d papers, %,d whitespace tokens (%.0f per paper)%n",
                inputs, papers.size(), tokens, (double) tokens / papers.size());

        long t0 = System.nanoTime();
        try (Extractor warm = Extractors.standard(lexicon, crf).get()) {
            warm.extract(papers.get(0));
        }
        out.printf("model load + first paper: %.1f s%n", (System.nanoTime() - t0) / 1e9);

        List<String> annotators = ExtractorConfig.defaults().annotators();
        List<Extractor> made = new ArrayList<>();
        java.util.function.Supplier<Extractor> standard = Extractors.standard(lexicon, crf);
        ExtractionBench bench = new ExtractionBench(papers, CoreNlpExtractor.bare(annotators), () -> {
            Extractor e = standard.get();
            made.add(e);
            return e;
        });
        out.printf("warm, %d alternating rounds of each stage per thread count%n", rounds);
        out.printf("%-34s %8s %12s %13s %14s %12s%n", "stage", "threads", "abstracts/s", "worker CPU ms",
                "process CPU ms", "peak heap");
        Map<Integer, Double> bareRate = new HashMap<>();
        for (int n : threads) {
            ExtractionBench.Result r = bench.measure(n, rounds);
            bareRate.put(n, r.bare().papersPerSecond());
            out.printf("%-34s %8d %12.1f %13.1f %14.1f %9d MB%n", "bare CoreNLP " + String.join(",", annotators), n,
                    r.bare().papersPerSecond(), r.bare().cpuMillisPerPaper(), r.bare().processCpuMillisPerPaper(),
                    r.bare().peakHeapMb());
            out.printf("%-34s %8d %12.1f %13.1f %14.1f %9d MB%n", crf ? "paperkg extraction with CRF" : "paperkg extraction", n,
                    r.extraction().papersPerSecond(), r.extraction().cpuMillisPerPaper(),
                    r.extraction().processCpuMillisPerPaper(), r.extraction().peakHeapMb());
            out.printf("%-34s %8d %11.1f%% %12.1f%% %13.1f%%%n", "  own overhead over bare CoreNLP", n,
                    100 * r.wallOverhead(), 100 * r.cpuOverhead(), 100 * r.processCpuOverhead());
            out.flush();
        }
        printSplit(out, made);
        if (!skipBuild) {
            Path tmp = Files.createTempDirectory("paperkg-bench");
            try {
                Path input = tmp.resolve("papers.jsonl");
                writeJsonLines(papers, input);
                ExtractionBench.resetPeaks();
                long start = System.nanoTime();
                int n = Collections.max(threads);
                BuildReport report = new CorpusBuild(new BuildOptions(List.of(input), tmp.resolve("db"), iris,
                        n, BuildOptions.DEFAULT_BATCH),
                        Extractors.standard(lexicon, crf), lexicon, CorpusBuild.Listener.NONE)
                        .run(ProblemHandler.logging(LOG));
                double secs = (System.nanoTime() - start) / 1e9;
                out.printf("%-34s %8d %12.1f %9d MB  (%,d papers, %,d triples, %.1f s)%n", "build into TDB2 (end to end)",
                        n, report.papers() / secs, ExtractionBench.peakHeapMb(), report.papers(), report.after().triples(), secs);
                // the whole build (models, extraction, RDF, store, catalogue) against bare CoreNLP on the same papers
                out.printf("%-34s %8d %11.1f%%%n", "  build over bare CoreNLP", n,
                        100 * (secs / (papers.size() / bareRate.get(n)) - 1));
            } finally {
                deleteTree(tmp);
            }
        }
        out.printf("max heap: %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        return ExitCodes.OK;
    }

    private List<Paper> load() throws IOException {
        List<Paper> papers = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Corpus.read(inputs, p -> {
            if ((limit <= 0 || papers.size() < limit) && seen.add(Titles.key(p.title()))) {
                papers.add(p);
            }
        }, ProblemHandler.logging(LOG));
        return papers;
    }

    /**
     * Where the extraction's time went, summed over the extractors the bench made (warm-up
     * included): each CoreNLP annotator, the CRF tagger when on, and paperkg's own work after it,
     * as shares of the annotators' time.
     */
    private static void printSplit(PrintWriter out, List<Extractor> made) {
        java.util.Map<String, Long> nanos = new java.util.LinkedHashMap<>();
        for (Extractor e : made) {
            if (e instanceof CoreNlpExtractor c) {
                c.timings().forEach((k, v) -> nanos.merge(k, v.toNanos(), Long::sum));
            }
        }
        if (nanos.isEmpty()) {
            return;
        }
        long own = nanos.getOrDefault("paperkg", 0L);
        long crf = nanos.getOrDefault("crf", 0L);
        long corenlp = nanos.values().stream().mapToLong(Long::longValue).sum() - own - crf;
        if (corenlp <= 0) {
            return;
        }
        StringBuilder sb = new StringBuilder("extraction time split (all threads, warm-up included):");
        nanos.forEach((k, v) -> sb.append(String.format(java.util.Locale.ROOT, " %s %.1f s,", k, v / 1e9)));
        sb.setLength(sb.length() - 1);
        out.println(sb);
        out.printf("  paperkg's own work (marks, rules, assembly) = %.1f%% of CoreNLP's time%n", 100.0 * own / corenlp);
        if (crf > 0) {
            out.printf("  the CRF tagger = %.1f%% of CoreNLP's time%n", 100.0 * crf / corenlp);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The papers measured, as JSON Lines, so the build reads exactly them. */
    private static void writeJsonLines(List<Paper> papers, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (var w = Files.newBufferedWriter(file)) {
            for (Paper p : papers) {
                ObjectNode o = json.createObjectNode();
                if (p.recordId() != null) {
                    o.put("id", p.recordId());
                }
                o.put("title", p.originalTitle()).put("abstract", p.originalAbstract());
                if (p.date() != null) {
                    o.put("date", p.date().toString());
                }
                w.write(json.writeValueAsString(o));
                w.newLine();
            }
        }
    }
}
