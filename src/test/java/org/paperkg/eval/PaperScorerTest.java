package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.paperkg.eval.Fakes.code;
import static org.paperkg.eval.Fakes.entity;
import static org.paperkg.eval.Fakes.proposed;
import static org.paperkg.eval.Fakes.result;
import static org.paperkg.domain.EntityType.DATASET;
import static org.paperkg.domain.EntityType.METHOD;
import static org.paperkg.domain.EntityType.METRIC;
import static org.paperkg.domain.EntityType.TASK;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paperkg.domain.Counts;
import org.paperkg.extract.Extraction;

class PaperScorerTest {

    static final String TITLE = "Sparse Mixture Adapters for Efficient Fine-Tuning";

    static final String GOLD_LINE = """
            {"gid": "g1", "title": "Sparse Mixture Adapters for Efficient Fine-Tuning", \
            "proposed": [{"name": "SMA|Sparse Mixture Adapters", "type": "Method"}], \
            "methods": ["SMA|Sparse Mixture Adapters", "LoRA|Low-Rank Adaptation", "BERT-base", "?fine-tuning"], \
            "datasets": ["GLUE", "SQuAD 2.0"], \
            "metrics": ["accuracy", "F1|F1 score"], \
            "tasks": ["natural language understanding", "?transfer learning"], \
            "results": [{"metric": "accuracy", "value": "85.2%", "dataset": "GLUE", "method": "SMA"}, \
            {"metric": "F1", "value": "+2.5", "dataset": "SQuAD 2.0", "method": null}], \
            "code": ["https://github.com/example/sma"]}""";

    static PaperGold gold() throws GoldFormatException {
        return PaperGoldReader.parseLine(Path.of("gold.jsonl"), 1, GOLD_LINE);
    }

    /** Predictions with known outcomes; the comment on each line says how it must be scored. */
    static Extraction extraction() {
        return Fakes.extraction(List.of(
                        proposed(METHOD, "Sparse Mixture Adapters", 0.95, "SMA"),  // methods TP, proposed TP
                        entity(METHOD, "low-rank adaptation", 0.9),               // TP by alias, case, hyphen
                        entity(METHOD, "LoRA", 0.85),                             // duplicate of the same entry
                        entity(METHOD, "Fine-tuning", 0.6),                       // optional: ignored
                        entity(METHOD, "Adam", 0.55),                             // FP; BERT-base is the FN
                        proposed(DATASET, "glue", 0.9),                           // datasets TP, proposed FP
                        entity(DATASET, "SQuAD", 0.7),                            // FP; SQuAD 2.0 is the FN
                        entity(METRIC, "Accuracies", 0.8),                        // TP (plural)
                        entity(METRIC, "F1 scores", 0.65),                        // TP (alias, plural)
                        entity(TASK, "Natural-Language Understanding", 0.9),      // TP
                        entity(TASK, "transfer learning", 0.5),                   // optional: ignored
                        entity(TASK, "question answering", 0.4)),                 // FP
                List.of(
                        result("accuracy", "85.2", "%", "85.2%", false, "GLUE", "Sparse Mixture Adapters"),
                        result("F1", "2.5", "", "+2.5", true, null, null),        // full tuple misses the dataset
                        result("accuracy", "90.1", "%", "90.1%", false, "GLUE", null)),
                List.of(code("https://github.com/example/sma"), code("https://example.org/data")));
    }

    @Test
    void countsEveryFieldExactly() throws GoldFormatException {
        PaperOutcome o = PaperScorer.judge(gold(), extraction());

        assertThat(o.field(Field.METHODS).counts()).isEqualTo(new Counts(2, 1, 1));
        assertThat(o.field(Field.DATASETS).counts()).isEqualTo(new Counts(1, 1, 1));
        assertThat(o.field(Field.METRICS).counts()).isEqualTo(new Counts(2, 0, 0));
        assertThat(o.field(Field.TASKS).counts()).isEqualTo(new Counts(1, 1, 0));
        assertThat(o.field(Field.PROPOSED).counts()).isEqualTo(new Counts(1, 1, 0));
        assertThat(o.field(Field.RESULTS).counts()).isEqualTo(new Counts(2, 1, 0));
        assertThat(o.field(Field.RESULTS_DATASET).counts()).isEqualTo(new Counts(1, 2, 1));
        assertThat(o.field(Field.RESULTS_FULL).counts()).isEqualTo(new Counts(1, 2, 1));
        assertThat(o.field(Field.CODE).counts()).isEqualTo(new Counts(1, 1, 0));
        assertThat(o.overall()).isEqualTo(new Counts(10, 6, 2));
    }

    @Test
    void scoresFollowFromTheCounts() throws GoldFormatException {
        PaperScore s = new PaperScorer(Fakes.extractor(p -> extraction()), paperSource(TITLE))
                .score("gold.jsonl", List.of(gold()));

        Counts methods = s.total(Field.METHODS);
        assertThat(methods.precision()).isEqualTo(2.0 / 3);
        assertThat(methods.recall()).isEqualTo(2.0 / 3);
        assertThat(methods.f1()).isEqualTo(2.0 / 3);
        assertThat(s.overall().precision()).isEqualTo(0.625);
        assertThat(s.overall().recall()).isCloseTo(10.0 / 12, within(1e-12));
        assertThat(s.overall().f1()).isCloseTo(20.0 / 28, within(1e-12));
        assertThat(s.notFound()).isEmpty();
    }

    @Test
    void optionalMatchesAreNeitherRewardedNorPunished() throws GoldFormatException {
        PaperOutcome o = PaperScorer.judge(gold(), Fakes.extraction(List.of(
                entity(METHOD, "fine tuning", 0.9), entity(TASK, "Transfer Learning", 0.9))));

        assertThat(o.field(Field.METHODS).counts()).isEqualTo(new Counts(0, 0, 3));
        assertThat(o.field(Field.TASKS).counts()).isEqualTo(new Counts(0, 0, 1));
        assertThat(o.field(Field.METHODS).predictions()).singleElement()
                .satisfies(j -> {
                    assertThat(j.verdict()).isEqualTo(Judgement.Verdict.OPTIONAL);
                    assertThat(j.gold()).isEqualTo("?fine-tuning");
                });
    }

    @Test
    void anyPredictedAliasMatchesAnyGoldAlias() throws GoldFormatException {
        PaperOutcome o = PaperScorer.judge(gold(), Fakes.extraction(List.of(
                entity(METHOD, "Low Rank Adaptations", 0.9, "LORA"),
                entity(METHOD, "Mixture adapters", 0.9, "SMA"))));

        assertThat(o.field(Field.METHODS).counts()).isEqualTo(new Counts(2, 0, 1));
        assertThat(o.field(Field.METHODS).missed()).containsExactly("BERT-base");
    }

    @Test
    void eachGoldEntryIsCreditedOnceAndTheMatchingIsMaximum() throws GoldFormatException {
        PaperGold split = PaperGoldReader.parseLine(Path.of("gold.jsonl"), 7,
                "{\"gid\": \"g2\", \"title\": \"T\", \"methods\": [\"ViT\", \"Vision Transformer\"]}");

        PaperOutcome o = PaperScorer.judge(split, Fakes.extraction(List.of(
                entity(METHOD, "Vision Transformer", 0.9, "ViT"),   // could take either entry
                entity(METHOD, "ViT", 0.8),                          // can take only "ViT"
                entity(METHOD, "vision transformers", 0.7))));       // both taken: duplicate

        assertThat(o.field(Field.METHODS).counts()).isEqualTo(new Counts(2, 0, 0));
        assertThat(o.field(Field.METHODS).predictions()).extracting(Judgement::verdict).containsExactly(
                Judgement.Verdict.TRUE_POSITIVE, Judgement.Verdict.TRUE_POSITIVE, Judgement.Verdict.DUPLICATE);
    }

    @Test
    void proposedNeedsTheRightType() throws GoldFormatException {
        PaperOutcome o = PaperScorer.judge(gold(), Fakes.extraction(List.of(proposed(DATASET, "SMA", 0.9))));

        assertThat(o.field(Field.PROPOSED).counts()).isEqualTo(new Counts(0, 1, 1));
        assertThat(o.field(Field.PROPOSED).falsePositives()).containsExactly("Dataset:SMA");
        assertThat(o.field(Field.PROPOSED).missed()).containsExactly("Method:SMA|Sparse Mixture Adapters");
    }

    @Test
    void resultsMatchOnMetricAndNormalisedValue() throws GoldFormatException {
        PaperOutcome o = PaperScorer.judge(gold(), Fakes.extraction(List.of(entity(METRIC, "F1 score", 0.9, "F1")),
                List.of(result("F1 score", "2.50", "", "+2.50", true, "SQuAD 2.0", null),   // alias + 2.50 = 2.5
                        result("accuracy", "85.2", "", "85.2", false, null, null)),        // no unit written: ok
                List.of()));

        assertThat(o.field(Field.RESULTS).counts()).isEqualTo(new Counts(2, 0, 0));
        assertThat(o.field(Field.RESULTS_FULL).counts())
                .as("only the F1 result states the dataset the gold has").isEqualTo(new Counts(1, 1, 1));
    }

    @Test
    void theThreeStrictnessesCheckDatasetThenMethod() throws GoldFormatException {
        PaperOutcome o = PaperScorer.judge(gold(), Fakes.extraction(
                List.of(proposed(METHOD, "Sparse Mixture Adapters", 0.9, "SMA"), entity(METHOD, "LoRA", 0.8)),
                List.of(result("accuracy", "85.2", "%", "85.2%", false, "GLUE", "LoRA"),  // wrong method
                        result("F1", "2.5", "", "+2.5", true, "SQuAD 2.0", "SMA")),       // gold has no method
                List.of()));

        assertThat(o.field(Field.RESULTS).counts()).isEqualTo(new Counts(2, 0, 0));
        assertThat(o.field(Field.RESULTS_DATASET).counts()).isEqualTo(new Counts(2, 0, 0));
        assertThat(o.field(Field.RESULTS_FULL).counts())
                .as("one names the wrong method, the other a method the gold does not state")
                .isEqualTo(new Counts(0, 2, 2));
        assertThat(o.overall()).as("methods 2 + proposed 1 + results 2; the stricter views are not summed")
                .isEqualTo(new Counts(5, 0, o.overall().fn()));
    }

    @Test
    void anAbsoluteValueDoesNotMatchADelta() throws GoldFormatException {
        PaperOutcome o = PaperScorer.judge(gold(), Fakes.extraction(List.of(),
                List.of(result("F1", "2.5", "", "2.5", false, null, null)), List.of()));

        assertThat(o.field(Field.RESULTS).counts()).isEqualTo(new Counts(0, 1, 2));
    }

    @Test
    void codeUrlsMustMatchExactly() throws GoldFormatException {
        PaperOutcome o = PaperScorer.judge(gold(), Fakes.extraction(List.of(), List.of(),
                List.of(code("https://github.com/example/SMA"))));

        assertThat(o.field(Field.CODE).counts()).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void papersMissingFromTheInputsAreListedNotScored() throws GoldFormatException {
        PaperScore s = new PaperScorer(Fakes.extractor(p -> extraction()), paperSource("Another Title"))
                .score("gold.jsonl", List.of(gold()));

        assertThat(s.papers()).isEmpty();
        assertThat(s.notFound()).extracting(PaperGold::gid).containsExactly("g1");
        assertThat(s.overall()).isEqualTo(Counts.ZERO);
    }

    @Test
    void paperIndexFindsTitlesLeniently() {
        PaperIndex index = new PaperIndex(List.of("POA: Pre-training Once for Models of All Sizes"));
        index.accept(Fakes.paper("POA:  pre-training once for models of all sizes.", "Abstract."));
        index.accept(Fakes.paper("Unrelated", "Abstract."));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.byTitle("POA: Pre-training Once for Models of All Sizes")).isPresent();
        assertThat(index.byTitle("Unrelated")).as("only wanted titles are kept").isEmpty();
    }

    @Test
    void minimumConfidenceDropsPredictionsBeforeScoring() throws GoldFormatException {
        PaperScore s = new PaperScorer(
                ConfidenceFilter.wrap(Fakes.extractor(p -> extraction()), 0.8), paperSource(TITLE))
                .score("gold.jsonl", List.of(gold()));

        assertThat(s.total(Field.METHODS)).as("Adam (0.55) is gone").isEqualTo(new Counts(2, 0, 1));
        assertThat(s.total(Field.DATASETS)).as("SQuAD (0.7) is gone").isEqualTo(new Counts(1, 0, 1));
        assertThat(s.total(Field.METRICS)).as("F1 scores (0.65) is gone").isEqualTo(new Counts(1, 0, 1));
        assertThat(s.total(Field.TASKS)).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void calibrationOfTheRun() throws GoldFormatException {
        Calibration c = new PaperScorer(Fakes.extractor(p -> extraction()), paperSource(TITLE))
                .score("gold.jsonl", List.of(gold())).calibration();

        assertThat(c.buckets()).extracting(Calibration.Bucket::count).containsExactly(1, 1, 1, 1, 2, 6);
        assertThat(c.buckets()).extracting(Calibration.Bucket::correct).containsExactly(0, 0, 1, 0, 2, 5);
        assertThat(c.high().count()).isEqualTo(8);
        assertThat(c.high().precision()).isEqualTo(0.875);
        assertThat(c.meetsTarget()).as("7 of 8 is below 0.90").isFalse();
    }

    private static PaperSource paperSource(String title) {
        Map<String, org.paperkg.ingest.Paper> papers = Map.of(PaperIndex.titleKey(title),
                Fakes.paper(title, "An abstract."));
        return t -> Optional.ofNullable(papers.get(PaperIndex.titleKey(t)));
    }
}
