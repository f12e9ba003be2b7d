package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.eval.PaperReader;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.Section;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.SourceRef;
import picocli.CommandLine;

class EvalCommandTest {

    static final String TEXT = "We study link prediction on Cora with accuracy.";
    static final String TITLE = "Link Prediction on Citation Graphs";

    @TempDir
    Path dir;

    Path corpus;
    Path paperGold;
    final AtomicInteger extractorsMade = new AtomicInteger();
    final AtomicInteger extractorsClosed = new AtomicInteger();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writeGold() throws IOException {
        Files.createDirectories(dir.resolve("mine"));
        corpus = dir.resolve("mine/corpus.jsonl");
        Files.writeString(corpus, "{\"id\": \"d1\", \"title\": null, \"text\": \"" + TEXT + "\", \"entities\": ["
                + "{\"start\": 9, \"end\": 24, \"type\": \"Task\", \"text\": \"link prediction\"}, "
                + "{\"start\": 28, \"end\": 32, \"type\": \"Dataset\", \"text\": \"Cora\"}, "
                + "{\"start\": 38, \"end\": 46, \"type\": \"Metric\", \"text\": \"accuracy\"}], \"relations\": []}\n");
        paperGold = dir.resolve("papers.jsonl");
        Files.writeString(paperGold, "{\"gid\": \"p1\", \"title\": \"" + TITLE + "\", "
                + "\"datasets\": [\"Cora\", \"Citeseer\"], \"tasks\": [\"link prediction\"], \"metrics\": [\"?accuracy\"]}\n");
    }

    /**
     * Finds: Task "link prediction" [9,24) exactly (0.9), Dataset "Cora" with the span [28,37) that
     * overruns into " wit" (0.6), and Method "GCN" [0,2) that no gold has (0.3).
     */
    private Extractor extractor() {
        extractorsMade.incrementAndGet();
        return new Extractor() {
            @Override
            public Extraction extract(Paper paper) {
                return new Extraction("fake-2", List.of(
                        entity(EntityType.TASK, "link prediction", 9, 24, 0.9),
                        entity(EntityType.DATASET, "Cora", 28, 37, 0.6),
                        entity(EntityType.METHOD, "GCN", 0, 2, 0.3)), List.of(), List.of(), List.of());
            }

            @Override
            public String version() {
                return "fake-2";
            }

            @Override
            public void close() {
                extractorsClosed.incrementAndGet();
            }
        };
    }

    private static ExtractedEntity entity(EntityType type, String name, int start, int end, double confidence) {
        return new ExtractedEntity(type, name, List.of(), null, false,
                List.of(new Evidence(Section.ABSTRACT, start, end, TEXT, "fake", confidence)));
    }

    private final PaperReader reader = (inputs, sink) -> sink.accept(new Paper(null, TITLE, TEXT, TITLE, TEXT,
            null, null, null, List.of(), new SourceRef(inputs.get(0).toString(), 1)));

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new EvalCommand(this::extractor, reader));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void scoresAnAnnotatedCorpusAsATable() {
        int code = run("--gold", corpus.toString());

        assertThat(code).as(err.toString()).isZero();
        String table = out.toString();
        assertThat(table).contains("paperkg eval: extractor fake-2, min-confidence 0.00");
        assertThat(table).contains("== Mentions: " + corpus + " (annotated, 1 records)");
        // exact: Task TP; the overrunning Cora span is FP and FN; GCN is FP; Metric is FN. Overlap credits Cora.
        assertThat(table).containsPattern("Task\\s+1\\s+1\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000");
        assertThat(table).containsPattern("Dataset\\s+1\\s+1\\s+0\\.000\\s+0\\.000\\s+0\\.000\\s+1\\.000\\s+1\\.000\\s+1\\.000");
        assertThat(table).containsPattern("micro\\s+3\\s+3\\s+0\\.333\\s+0\\.333\\s+0\\.333\\s+0\\.667\\s+0\\.667\\s+0\\.667");
        assertThat(extractorsMade).hasValue(1);
        assertThat(extractorsClosed).hasValue(1);
    }

    @Test
    void jsonOutputCarriesTheSameCounts() throws IOException {
        int code = run("--gold", corpus.toString(), "--format", "JSON");

        assertThat(code).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.path("extractor").asText()).isEqualTo("fake-2");
        JsonNode micro = root.path("corpora").get(0).path("micro");
        assertThat(micro.path("exact").path("tp").asInt()).isEqualTo(1);
        assertThat(micro.path("exact").path("fp").asInt()).isEqualTo(2);
        assertThat(micro.path("exact").path("fn").asInt()).isEqualTo(2);
        assertThat(micro.path("overlap").path("tp").asInt()).isEqualTo(2);
        assertThat(root.path("corpora").get(0).path("types").has("Method")).isTrue();
    }

    @Test
    void scoresPaperLevelGoldEndToEndWithErrorsListed() {
        int code = run("--gold", paperGold.toString(), "--input", dir.toString(), "--verbose");

        assertThat(code).as(err.toString()).isZero();
        String table = out.toString();
        assertThat(table).contains("== Papers: " + paperGold + " (1 gold papers, 1 found in the inputs)");
        assertThat(table).containsPattern("datasets\\s+1\\s+0\\s+1\\s+1\\.000\\s+0\\.500\\s+0\\.667");
        assertThat(table).containsPattern("methods\\s+0\\s+1\\s+0\\s");
        assertThat(table).containsPattern("overall\\s+2\\s+1\\s+1\\s+0\\.667\\s+0\\.667\\s+0\\.667");
        assertThat(table).contains("-- p1  " + TITLE);
        assertThat(table).containsPattern("methods\\s+FP: GCN");
        assertThat(table).containsPattern("datasets\\s+FN: Citeseer");
        assertThat(table).contains("== Calibration");
        assertThat(table).containsPattern("\\[0\\.0,0\\.5\\)\\s+1\\s+0\\s+0\\.000");
    }

    @Test
    void idsFileAndGidPrefixSelectTheGoldPapersScored() throws IOException {
        Path ids = Files.writeString(dir.resolve("half.ids"), "# one paper\np1\nnot-a-gid\n");

        int code = run("--gold", paperGold.toString(), "--input", dir.toString(), "--ids", ids.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(1 gold papers, 1 found in the inputs)");
        assertThat(err.toString()).contains("gid not-a-gid of " + ids + " is in none of the gold files");

        out.getBuffer().setLength(0);
        code = run("--gold", paperGold.toString(), "--input", dir.toString(), "--gid-prefix", "v2");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("(0 gold papers, 0 found in the inputs)");
        assertThat(out.toString()).containsPattern("results\\+dataset\\s+0\\s+0\\s+0");
    }

    @Test
    void aMissingIdsFileIsAUsageError() {
        assertThat(run("--gold", paperGold.toString(), "--ids", dir.resolve("nope.ids").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("ids file not found");
    }

    @Test
    void minimumConfidenceDropsPredictionsBeforeScoring() throws IOException {
        int code = run("--gold", paperGold.toString(), "--input", dir.toString(), "--min-confidence", "0.5",
                "--format", "json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode fields = new ObjectMapper().readTree(out.toString()).path("papers").get(0).path("fields");
        assertThat(fields.path("methods").path("fp").asInt()).as("GCN (0.3) is dropped").isZero();
        assertThat(fields.path("datasets").path("tp").asInt()).isEqualTo(1);
    }

    @Test
    void goldPaperMissingFromTheInputsFailsTheRun() {
        CommandLine cmd = new CommandLine(new EvalCommand(this::extractor, (inputs, sink) -> { }));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));

        int code = cmd.execute("--gold", paperGold.toString(), "--input", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("none of the 1 gold papers of " + paperGold + " is in the inputs");
        assertThat(out.toString()).contains("p1  " + TITLE);
    }

    @Test
    void missingGoldFileIsAUsageError() {
        int code = run("--gold", dir.resolve("nope.jsonl").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("gold file not found: " + dir.resolve("nope.jsonl"));
        assertThat(extractorsMade).as("no model is loaded for a usage error").hasValue(0);
    }

    @Test
    void missingGoldOptionIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--gold=FILE'");
    }

    @Test
    void unknownOutputFormatIsAUsageError() {
        int code = run("--gold", corpus.toString(), "--format", "xml");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'xml'; expected table or json");
    }

    @Test
    void goldFileOfUnknownShapeIsAUsageError() throws IOException {
        Path odd = dir.resolve("odd.jsonl");
        Files.writeString(odd, "\n{\"name\": \"x\"}\n");

        int code = run("--gold", odd.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains(odd + ":2: unknown gold format");
    }

    @Test
    void confidenceOutsideTheUnitIntervalIsAUsageError() {
        int code = run("--gold", corpus.toString(), "--min-confidence", "1.5");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--min-confidence must be in [0,1], got 1.5");
    }

    @Test
    void unknownNerChoiceIsAUsageError() {
        int code = run("--gold", corpus.toString(), "--ner", "bilstm");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--ner must be crf or none, got 'bilstm'");
    }

    @Test
    void missingInputIsAUsageError() {
        int code = run("--gold", paperGold.toString(), "--input", dir.resolve("none").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("input not found: " + dir.resolve("none"));
    }

    @Test
    void badGoldLineNamesFileAndLine() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(paperGold));
        lines.add("{\"gid\": \"p2\", \"title\": \"T\", \"tasks\": \"not a list\"}");
        Files.write(paperGold, lines);

        int code = run("--gold", paperGold.toString(), "--input", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(paperGold + ":2: 'tasks' must be an array");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void helpIsAvailable() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--min-confidence=X").contains("Exit codes:");
    }
}
