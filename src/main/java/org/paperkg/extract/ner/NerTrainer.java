package org.paperkg.extract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the CRF on annotated corpus parts, scores it on held-out parts and writes the model with
 * its {@link TrainingRecord}.
 *
 * <pre>{@code
 * NerTrainer.Result r = new NerTrainer(CoreNlpExtractor.nerTokenizer(), sharedDir)
 *         .train(List.of(scirexTrain, tdmsciTrain), List.of(scirexDev, tdmsciHeldOut), out, commit);
 * }</pre>
 *
 * <p>TDMSci annotates Task, Dataset and Metric only, so a method name in its sentences is labelled
 * outside: the CRF sees some method names as non-entities. That is accepted rather than patched
 * (for example by dropping TDMSci's O labels on name-shaped words): SciREX gives 2,500 method
 * mentions against a few hundred such TDMSci words, the CRF's Method recall on SciREX dev is
 * what the record reports, and in extraction the CRF proposes spans but the rules and the lexicon
 * decide the type.
 */
public final class NerTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(NerTrainer.class);

    /** The model and what was recorded about it. */
    public record Result(NerModel model, TrainingRecord record, Path modelFile, Path recordFile) {
    }

    private final NerTokenizer tokenizer;
    private final Path shared;

    /**
     * @param tokenizer the extractor's tokenizer
     * @param shared    the shared data folder: recorded input paths are relative to it
     */
    public NerTrainer(NerTokenizer tokenizer, Path shared) {
        this.tokenizer = tokenizer;
        this.shared = shared.toAbsolutePath().normalize();
    }

    /**
     * Trains on {@code train}, scores on {@code dev}, writes the model to {@code out} (gzipped
     * Java serialisation, CoreNLP's format) and the record beside it ({@link #recordFile}).
     */
    public Result train(List<NerCorpus.Part> train, List<NerCorpus.Part> dev, Path out, String gitCommit)
            throws IOException {
        return train(train, dev, out, gitCommit, NerFeatures.properties());
    }

    /** As {@link #train(List, List, Path, String)}, with other CRF properties (for choosing features on dev data). */
    public Result train(List<NerCorpus.Part> train, List<NerCorpus.Part> dev, Path out, String gitCommit,
            java.util.Properties crfProperties) throws IOException {
        List<List<CoreLabel>> docs = new ArrayList<>();
        List<TrainingRecord.Input> inputs = new ArrayList<>();
        for (NerCorpus.Part p : train) {
            NerCorpus.Read r = NerCorpus.read(p, tokenizer);
            LOG.info("training part {}: {} records, {} sentences, {} tokens, {} mentions ({} tokens cut by a span)",
                    p.name(), r.records(), r.sentences().size(), r.tokens(), r.mentions(), r.partial());
            docs.addAll(r.sentences());
            inputs.add(input(r));
        }
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(crfProperties);
        List<List<CoreLabel>> prepared = new ArrayList<>(docs.size());
        for (List<CoreLabel> d : docs) {
            prepared.add(NerFeatures.prepare(crf.flags, d, true));
        }
        long t0 = System.nanoTime();
        crf.train(prepared, crf.makeReaderAndWriter());
        double seconds = (System.nanoTime() - t0) / 1e9;
        LOG.info("CRF trained on {} sentences in {} s", prepared.size(), Math.round(seconds));
        Files.createDirectories(out.toAbsolutePath().getParent());
        crf.serializeClassifier(out.toString());
        NerModel model = NerModel.of(crf, out.toString());
        List<TrainingRecord.Input> devInputs = new ArrayList<>();
        Map<String, Map<String, TrainingRecord.Score>> scores = new LinkedHashMap<>();
        for (NerCorpus.Part p : dev) {
            NerCorpus.Read r = NerCorpus.read(p, tokenizer);
            devInputs.add(input(r));
            Map<String, TrainingRecord.Score> byType = new LinkedHashMap<>();
            NerScore.score(model, r.sentences(), 0).forEach((t, c) -> {
                if (c.tp() + c.fn() > 0) {
                    byType.put(t.label(), TrainingRecord.Score.of(c));
                }
            });
            scores.put(p.name(), byType);
            LOG.info("dev {}: {}", p.name(), byType);
        }
        TrainingRecord record = new TrainingRecord(out.getFileName().toString(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), gitCommit, inputs, devInputs,
                NerFeatures.asMap(crfProperties), Math.round(seconds * 10) / 10.0, Files.size(out), scores);
        Path recordFile = recordFile(out);
        record.write(recordFile);
        return new Result(model, record, out, recordFile);
    }

    /** The record's file beside a model file: "x.crf.ser.gz" gives "x.training.json". */
    public static Path recordFile(Path model) {
        String name = model.getFileName().toString();
        for (String suffix : List.of(".crf.ser.gz", ".ser.gz", ".gz")) {
            if (name.endsWith(suffix)) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return model.resolveSibling(name + ".training.json");
    }

    private TrainingRecord.Input input(NerCorpus.Read r) throws IOException {
        NerCorpus.Part p = r.part();
        Path abs = p.file().toAbsolutePath().normalize();
        String rel = abs.startsWith(shared) ? shared.relativize(abs).toString().replace('\\', '/') : abs.toString();
        return new TrainingRecord.Input(p.name(), rel, sha256(abs), p.from(), p.to(), r.records(),
                r.sentences().size(), r.tokens(), r.mentions());
    }

    /** SHA-256 of a file, lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

}
