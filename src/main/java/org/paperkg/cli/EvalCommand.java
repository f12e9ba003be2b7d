package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.paperkg.eval.ConfidenceFilter;
import org.paperkg.eval.CorpusEvaluator;
import org.paperkg.eval.EvalReport;
import org.paperkg.eval.GoldFormatException;
import org.paperkg.eval.GoldKind;
import org.paperkg.eval.GoldSelection;
import org.paperkg.eval.PaperGold;
import org.paperkg.eval.PaperGoldReader;
import org.paperkg.eval.PaperIndex;
import org.paperkg.eval.PaperReader;
import org.paperkg.eval.PaperScore;
import org.paperkg.eval.PaperScorer;
import org.paperkg.pipeline.Extractors;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Corpus;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.rdf.Lexicons;
import org.paperkg.link.ResourceIris;
import org.slf4j.LoggerFactory;
import org.paperkg.ingest.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code paperkg eval}: scores the extractor against gold files and prints the scores.
 *
 * <pre>
 * paperkg eval --gold ../shared/corpora/scierc/dev.jsonl --gold gold/papers.jsonl --verbose
 * </pre>
 *
 * <p>Each gold file is recognised by its first record: paper-level gold (key {@code gid}) is
 * scored field by field against the papers of {@code --input}, found by title; an annotated
 * corpus (key {@code entities}) is scored mention by mention, and SciREX also by salient-entity
 * recall. The extractor is created once, after every argument has been checked, since loading
 * its models is slow. {@code --ner crf} or {@code --ner none} scores it with or without the
 * learned entity tagger (the CRF), so that the two can be compared on the same gold:
 * <pre>
 * paperkg eval --ner none --gold src/test/resources/gold/dev-gold.jsonl
 * paperkg eval --ner crf  --gold src/test/resources/gold/dev-gold.jsonl
 * </pre>
 *
 * <p>{@code --ids FILE} and {@code --gid-prefix P} score a subset of the paper-level gold (the
 * tune and judge halves of docs/extraction.md):
 * <pre>
 * paperkg eval --gold ../shared/corpora/paperkg-gold/gold.jsonl --input ../shared/corpora/paperkg-gold/input.jsonl \
 *     --ids src/test/resources/gold/paperkg-gold-judge.ids
 * </pre>
 *
 * <p>Exit codes: 0 scored; 1 an input could not be read or no gold paper was found in the
 * inputs; 2 usage error (missing file, unknown format, threshold out of range).
 */
@Command(name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Scores the extractor against paper-level gold or annotated corpora.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:scored", "1:an input could not be read, or no gold paper was found in the inputs",
                "2:usage error"})
public final class EvalCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(EvalCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "Gold file: paper-level gold (JSON Lines with \"gid\") or an annotated corpus "
                    + "(JSON Lines with \"entities\"). Repeatable.")
    private List<Path> gold;

    @Option(names = "--input", paramLabel = "FILE_OR_DIR", defaultValue = "../shared/seeds",
            description = "Corpus files or folders holding the papers of paper-level gold (default: ${DEFAULT-VALUE}).")
    private List<Path> inputs;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", converter = FormatConverter.class,
            description = "Output format: table (aligned, for people) or json (default: ${DEFAULT-VALUE}).")
    private EvalReport.Format format;

    @Option(names = "--verbose", description = "Also list each paper's false positives and false negatives.")
    private boolean verbose;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "Drop predictions with confidence below X (0..1) before scoring (default: ${DEFAULT-VALUE}).")
    private double minConfidence;

    @Option(names = "--ids", paramLabel = "FILE",
            description = "Score only the paper-level gold papers whose gid is listed in FILE (one gid a line, "
                    + "'#' starts a comment), e.g. src/test/resources/gold/paperkg-gold-tune.ids.")
    private Path idsFile;

    @Option(names = "--gid-prefix", paramLabel = "PREFIX",
            description = "Score only the paper-level gold papers whose gid starts with PREFIX (repeatable: any "
                    + "of them; with --ids, a paper must pass both), e.g. v2s for the listing-page papers.")
    private List<String> gidPrefixes = new ArrayList<>();

    @picocli.CommandLine.Mixin
    private NerOption ner;

    private final Supplier<? extends Extractor> extractors;
    private final PaperReader paperReader;
    private final boolean projectExtractor;

    /** The command as {@code paperkg} runs it, with the project's extractor and corpus reader. */
    public EvalCommand() {
        this.extractors = null;
        this.paperReader = EvalCommand::readProjectCorpus;
        this.projectExtractor = true;
    }

    /**
     * A command that scores the extractor {@code extractors} supplies (called once per run) and
     * reads paper inputs with {@code paperReader}; for tests and embedding.
     */
    public EvalCommand(Supplier<? extends Extractor> extractors, PaperReader paperReader) {
        this.extractors = Objects.requireNonNull(extractors, "extractors");
        this.paperReader = Objects.requireNonNull(paperReader, "paperReader");
        this.projectExtractor = false;
    }

    /** Wiring point: the extractor that {@code paperkg eval} scores, with the CRF as {@code --ner} says. */
    private static Extractor projectExtractor(boolean crf) {
        return Extractors.standard(Lexicons.load(ResourceIris.defaults()), crf).get();
    }

    /** Wiring point: how {@code paperkg eval} reads the papers of {@code --input}. */
    private static void readProjectCorpus(List<Path> inputs, Consumer<Paper> sink)
            throws IOException {
        Corpus.read(inputs, sink, ProblemHandler.logging(LoggerFactory.getLogger(EvalCommand.class)));
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new ParameterException(cmd, "--min-confidence must be in [0,1], got " + minConfidence);
        }
        boolean crf = ner.crf(cmd);
        Map<Path, GoldKind> kinds = detectKinds(cmd);
        GoldSelection selection = selection(cmd);
        PrintWriter err = cmd.getErr();
        try {
            Map<Path, List<PaperGold>> paperGold = new LinkedHashMap<>();
            List<PaperGold> allGold = new ArrayList<>();
            for (Map.Entry<Path, GoldKind> e : kinds.entrySet()) {
                if (e.getValue() == GoldKind.PAPER) {
                    List<PaperGold> read = PaperGoldReader.read(e.getKey());
                    allGold.addAll(read);
                    paperGold.put(e.getKey(), selection.select(read));
                }
            }
            for (String unknown : selection.unknownIds(allGold)) {
                err.printf("paperkg eval: warning: gid %s of %s is in none of the gold files%n", unknown, idsFile);
            }
            PaperIndex index = paperGold.isEmpty() ? new PaperIndex(List.of()) : readPapers(cmd, paperGold);
            List<CorpusEvaluator.Result> corpora = new ArrayList<>();
            List<PaperScore> papers = new ArrayList<>();
            String version;
            Extractor chosen = projectExtractor ? projectExtractor(crf) : extractors.get();
            try (Extractor extractor = ConfidenceFilter.wrap(chosen, minConfidence)) {
                version = extractor.version();
                for (Map.Entry<Path, GoldKind> e : kinds.entrySet()) {
                    if (e.getValue() == GoldKind.ANNOTATED) {
                        corpora.add(new CorpusEvaluator(extractor).evaluate(e.getKey()));
                    } else {
                        papers.add(new PaperScorer(extractor, index)
                                .score(e.getKey().toString(), paperGold.get(e.getKey())));
                    }
                }
            }
            new EvalReport(version, minConfidence, corpora, papers).print(cmd.getOut(), format, verbose);
            for (PaperScore p : papers) {
                if (p.papers().isEmpty() && !p.notFound().isEmpty()) {
                    err.printf("paperkg eval: none of the %d gold papers of %s is in the inputs %s%n",
                            p.notFound().size(), p.file(), inputs);
                    err.flush();
                    return 1;
                }
            }
            return 0;
        } catch (IOException e) {
            LOG.debug("eval failed", e);
            err.println("paperkg eval: " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** Reads {@code --ids} and {@code --gid-prefix}; a missing ids file is a usage error. */
    private GoldSelection selection(CommandLine cmd) {
        if (idsFile != null && !Files.isRegularFile(idsFile)) {
            throw new ParameterException(cmd, "ids file not found: " + idsFile);
        }
        try {
            return GoldSelection.of(idsFile, gidPrefixes);
        } catch (IOException e) {
            throw new ParameterException(cmd, "cannot read ids file " + idsFile + ": " + e.getMessage());
        }
    }

    /** Checks every gold file before anything slow starts; usage errors exit with 2. */
    private Map<Path, GoldKind> detectKinds(CommandLine cmd) {
        Map<Path, GoldKind> kinds = new LinkedHashMap<>();
        for (Path g : gold) {
            if (!Files.isRegularFile(g)) {
                throw new ParameterException(cmd, "gold file not found: " + g);
            }
            try {
                kinds.put(g, GoldKind.detect(g));
            } catch (GoldFormatException e) {
                throw new ParameterException(cmd, e.getMessage(), e, null, g.toString());
            } catch (IOException e) {
                throw new ParameterException(cmd, "cannot read gold file " + g + ": " + e.getMessage(), e, null,
                        g.toString());
            }
        }
        return kinds;
    }

    private PaperIndex readPapers(CommandLine cmd, Map<Path, List<PaperGold>> paperGold) throws IOException {
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                throw new ParameterException(cmd, "input not found: " + in);
            }
        }
        List<String> titles = paperGold.values().stream().flatMap(List::stream).map(PaperGold::title).toList();
        PaperIndex index = new PaperIndex(titles);
        paperReader.read(inputs, index);
        LOG.info("Found {} of {} gold papers in {}", index.size(), titles.size(), inputs);
        return index;
    }

    /** Reads {@code --format}, naming the allowed values when it is neither. */
    static final class FormatConverter implements CommandLine.ITypeConverter<EvalReport.Format> {
        @Override
        public EvalReport.Format convert(String value) {
            try {
                return EvalReport.Format.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
