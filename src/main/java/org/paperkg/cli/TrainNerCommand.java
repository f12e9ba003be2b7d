package org.paperkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.paperkg.extract.CoreNlpExtractor;
import org.paperkg.extract.ner.NerCorpus;
import org.paperkg.extract.ner.NerTrainer;
import org.paperkg.extract.ner.TrainingRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code paperkg train-ner}: trains the CRF that proposes entity spans, on the train splits of
 * SciREX abstracts and TDMSci, and writes the model with its training record.
 *
 * <pre>
 * paperkg train-ner --out src/main/resources/org/paperkg/extract/ner/paperkg-ner.crf.ser.gz
 * </pre>
 *
 * <p>Training data: {@code corpora/scirex_abstracts/train.jsonl} (all of it) and the first
 * {@value #TDMSCI_TRAIN} records of {@code corpora/tdmsci/train.jsonl}. Held out for the scores in
 * the record: SciREX dev and the rest of TDMSci train (a contiguous block, so that sentences of
 * one paper stay on one side). SciERC and every test split are never read: SciERC has no clear
 * licence for a shipped model, and test splits are for the final report only.
 *
 * <p>Exit codes: 0 trained; 1 a corpus could not be read or the model not written; 2 usage error.
 */
@Command(name = "train-ner",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Trains the CRF entity tagger on SciREX and TDMSci train data and writes it with a training record.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:trained", "1:a corpus could not be read or the model not written", "2:usage error"})
public final class TrainNerCommand implements Callable<Integer> {

    /** TDMSci train records used for training; the rest (from here to the end) are held out. */
    public static final int TDMSCI_TRAIN = 1220;

    private static final Logger LOG = LoggerFactory.getLogger(TrainNerCommand.class);

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Model file to write (gzipped CoreNLP CRF); the record goes beside it as NAME.training.json.")
    private Path out;

    @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
            description = "The shared data folder holding corpora/ (default: ${DEFAULT-VALUE}).")
    private Path shared;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one CRF property of the standard feature set (repeatable), for trying features on dev data.")
    private Map<String, String> overrides = new java.util.LinkedHashMap<>();

    /** The parts trained on, under {@code shared}. */
    public static List<NerCorpus.Part> trainParts(Path shared) {
        return List.of(
                new NerCorpus.Part("scirex-train", shared.resolve("corpora/scirex_abstracts/train.jsonl"), 0, -1),
                new NerCorpus.Part("tdmsci-train", shared.resolve("corpora/tdmsci/train.jsonl"), 0, TDMSCI_TRAIN));
    }

    /** The held-out parts scored, under {@code shared}. */
    public static List<NerCorpus.Part> devParts(Path shared) {
        return List.of(
                new NerCorpus.Part("scirex-dev", shared.resolve("corpora/scirex_abstracts/dev.jsonl"), 0, -1),
                new NerCorpus.Part("tdmsci-train-heldout", shared.resolve("corpora/tdmsci/train.jsonl"), TDMSCI_TRAIN, -1));
    }

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        for (NerCorpus.Part p : trainParts(shared)) {
            if (!Files.isRegularFile(p.file())) {
                throw new ParameterException(cmd, "training corpus not found: " + p.file()
                        + " (--shared must name the folder that holds corpora/)");
            }
        }
        try {
            long t0 = System.nanoTime();
            NerTrainer.Result r = new NerTrainer(CoreNlpExtractor.nerTokenizer(), shared)
                    .train(trainParts(shared), devParts(shared), out, gitCommit(), properties());
            TrainingRecord rec = r.record();
            cmd.getOut().printf("model %s (%,d bytes), record %s%n", r.modelFile(), rec.modelBytes(), r.recordFile());
            cmd.getOut().printf("training %.1f s, total %.1f s%n", rec.trainingSeconds(), (System.nanoTime() - t0) / 1e9);
            for (Map.Entry<String, Map<String, TrainingRecord.Score>> e : rec.devScores().entrySet()) {
                for (Map.Entry<String, TrainingRecord.Score> s : e.getValue().entrySet()) {
                    cmd.getOut().printf("%-22s %-8s P %.3f R %.3f F1 %.3f%n", e.getKey(), s.getKey(),
                            s.getValue().precision(), s.getValue().recall(), s.getValue().f1());
                }
            }
            cmd.getOut().flush();
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            LOG.debug("train-ner failed", e);
            cmd.getErr().println("paperkg train-ner: " + e.getMessage());
            cmd.getErr().flush();
            return 1;
        }
    }

    private java.util.Properties properties() {
        java.util.Properties p = org.paperkg.extract.ner.NerFeatures.properties();
        overrides.forEach(p::setProperty);
        return p;
    }

    /** The commit of the code that trains, with "-dirty" when the work tree has changes; "unknown" outside git. */
    private static String gitCommit() {
        try {
            String head = run("git", "rev-parse", "HEAD");
            String status = run("git", "status", "--porcelain", "--untracked-files=no", "--", "src/main/java");
            return head.isEmpty() ? "unknown" : head + (status.isEmpty() ? "" : "-dirty");
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String outText = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return "";
        }
        return outText;
    }
}
