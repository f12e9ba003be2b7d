package org.paperkg.extract.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.paperkg.domain.Counts;

/**
 * What a shipped CRF model was trained on and how well it did, written as JSON beside the model
 * ({@code paperkg-ner.training.json}) so that the model can be reproduced and a test can check
 * that the recorded inputs still match the data.
 *
 * @param model          the model file's name
 * @param trainedAt      when (ISO-8601, UTC)
 * @param gitCommit      the commit of the training code ("-dirty" appended when the work tree had changes)
 * @param inputs         the training parts
 * @param dev            the held-out parts the scores were measured on
 * @param crfProperties  the CRF's properties ({@link NerFeatures#properties()})
 * @param trainingSeconds wall time of training alone (reading, tagging and scoring excluded)
 * @param modelBytes     size of the serialised model
 * @param devScores      per dev part and type, exact-span P/R/F1 of the CRF alone
 */
public record TrainingRecord(String model, String trainedAt, String gitCommit, List<Input> inputs, List<Input> dev,
                             Map<String, String> crfProperties, double trainingSeconds, long modelBytes,
                             Map<String, Map<String, Score>> devScores) {

    /** Where the training record sits on the class path. */
    public static final String RESOURCE = "/org/paperkg/extract/ner/paperkg-ner.training.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One input part.
     *
     * @param name      part name ("scirex-train")
     * @param file      path relative to the shared data folder ("corpora/tdmsci/train.jsonl")
     * @param sha256    SHA-256 of the whole file
     * @param fromRecord first record used (from 0)
     * @param toRecord  record after the last used, -1 for the end of the file
     * @param records   records used
     * @param sentences token sentences they gave
     * @param tokens    tokens
     * @param mentions  gold mentions of the four types
     */
    public record Input(String name, String file, String sha256, int fromRecord, int toRecord, int records,
                        int sentences, int tokens, int mentions) {
    }

    /** Exact-span scores of one type. */
    public record Score(double precision, double recall, double f1, int tp, int fp, int fn) {

        static Score of(Counts c) {
            return new Score(round(c.precision()), round(c.recall()), round(c.f1()), c.tp(), c.fp(), c.fn());
        }

        private static double round(double x) {
            return Math.round(x * 1000) / 1000.0;
        }
    }

    /** Writes the record as indented JSON. */
    public void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    /** Reads a record written by {@link #write}. */
    public static TrainingRecord read(InputStream in) throws IOException {
        return JSON.readValue(in, TrainingRecord.class);
    }
}
