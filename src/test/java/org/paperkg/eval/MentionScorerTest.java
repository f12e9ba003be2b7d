package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.paperkg.eval.Fakes.spans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.domain.Counts;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.SourceRef;
import org.paperkg.testing.SharedData;

class MentionScorerTest {

    static final String TEXT = "We apply graph neural networks to link prediction on the Cora benchmark.";

    /** Gold: Method [9,30) "graph neural networks", Task [34,49) "link prediction", Material [57,61) "Cora". */
    static AnnotatedDoc doc() {
        return new AnnotatedDoc("d1", null, TEXT, List.of(
                mention(TEXT, "graph neural networks", "Method", null),
                mention(TEXT, "link prediction", "Task", null),
                mention(TEXT, "Cora", "Material", null)),
                List.of(), List.of(), new SourceRef("mini.jsonl", 1));
    }

    /** A gold mention of the first occurrence of {@code surface}. */
    static AnnotatedDoc.Mention mention(String text, String surface, String type, String cluster) {
        int start = text.indexOf(surface);
        return new AnnotatedDoc.Mention(start, start + surface.length(), type, surface, cluster);
    }

    @Test
    void handWrittenOffsetsAreRight() {
        assertThat(doc().entities()).extracting(AnnotatedDoc.Mention::start, AnnotatedDoc.Mention::end)
                .containsExactly(tuple(9, 30), tuple(34, 49), tuple(57, 61));
    }

    @Test
    void exactAndOverlapDifferOnBoundaries() {
        Extraction ex = Fakes.extraction(List.of(
                spans(EntityType.METHOD, "graph neural networks", new int[] {9, 30}),   // exact
                spans(EntityType.TASK, "link prediction on", new int[] {34, 52}),       // overlaps only
                spans(EntityType.TASK, "Cora benchmark", new int[] {57, 71})));          // wrong
        MentionScorer scorer = new MentionScorer(CorpusProfile.SCIERC);

        scorer.add(doc(), ex);
        MentionScore s = scorer.result("mini.jsonl");

        assertThat(s.exact().get(EntityType.METHOD)).isEqualTo(new Counts(1, 0, 0));
        assertThat(s.exact().get(EntityType.TASK)).isEqualTo(new Counts(0, 2, 1));
        assertThat(s.overlap().get(EntityType.TASK)).isEqualTo(new Counts(1, 1, 0));
        assertThat(s.microExact()).isEqualTo(new Counts(1, 2, 1));
        assertThat(s.microOverlap()).isEqualTo(new Counts(2, 1, 0));
        assertThat(s.microExact().precision()).isEqualTo(1.0 / 3);
        assertThat(s.microOverlap().f1()).isEqualTo(0.8);
        assertThat(s.docs()).isEqualTo(1);
    }

    @Test
    void sciercIgnoresMaterialGoldAndDatasetPredictions() {
        Extraction ex = Fakes.extraction(List.of(spans(EntityType.DATASET, "Cora", new int[] {57, 61})));
        MentionScorer scorer = new MentionScorer(CorpusProfile.SCIERC);

        scorer.add(doc(), ex);
        MentionScore s = scorer.result("mini.jsonl");

        assertThat(s.types()).containsExactly(EntityType.METHOD, EntityType.METRIC, EntityType.TASK);
        assertThat(s.microExact()).isEqualTo(new Counts(0, 0, 2));
    }

    @Test
    void genericProfileScoresDatasetsButNotMaterial() {
        Extraction ex = Fakes.extraction(List.of(spans(EntityType.DATASET, "Cora", new int[] {57, 61})));
        MentionScorer scorer = new MentionScorer(CorpusProfile.GENERIC);

        scorer.add(doc(), ex);

        assertThat(scorer.result("x").exact().get(EntityType.DATASET)).isEqualTo(new Counts(0, 1, 0));
    }

    @Test
    void eachGoldSpanIsMatchedOnceUnderOverlap() {
        // Two predictions inside the same gold method span: one is credited, the other is a false positive.
        Extraction ex = Fakes.extraction(List.of(
                spans(EntityType.METHOD, "graph neural", new int[] {9, 21}),
                spans(EntityType.METHOD, "neural networks", new int[] {15, 30})));

        Counts overlap = MentionScorer.overlapCounts(
                List.of(new MentionScorer.Span(9, 30)), MentionScorer.predictedSpans(ex, EntityType.METHOD));

        assertThat(overlap).isEqualTo(new Counts(1, 1, 0));
    }

    @Test
    void oneLongPredictionOverTwoGoldSpansEarnsOneTruePositive() {
        List<MentionScorer.Span> gold = List.of(
                new MentionScorer.Span(0, 5), new MentionScorer.Span(10, 15), new MentionScorer.Span(20, 25));

        assertThat(MentionScorer.overlapCounts(gold, List.of(new MentionScorer.Span(3, 12))))
                .isEqualTo(new Counts(1, 0, 2));
    }

    @Test
    void overlapMatchingIsMaximumNotFirstCome() {
        List<MentionScorer.Span> gold = List.of(
                new MentionScorer.Span(0, 5), new MentionScorer.Span(10, 15), new MentionScorer.Span(20, 25));

        Counts c = MentionScorer.overlapCounts(gold,
                List.of(new MentionScorer.Span(3, 12), new MentionScorer.Span(4, 6)));

        assertThat(c).as("[3,12) must take [10,15) so that [4,6) can take [0,5)").isEqualTo(new Counts(2, 0, 1));
    }

    @Test
    void titleEvidenceAndDuplicateSpansAreNotPredictions() {
        ExtractedEntity e = new ExtractedEntity(EntityType.TASK, "link prediction", List.of(), null, false, List.of(
                Fakes.titleEvidence(34, 49), Fakes.evidence(34, 49, 0.9), Fakes.evidence(34, 49, 0.7)));

        assertThat(MentionScorer.predictedSpans(Fakes.extraction(List.of(e)), EntityType.TASK))
                .containsExactly(new MentionScorer.Span(34, 49));
    }

    @Test
    void profileIsDetectedFromTheCorpusFolder() {
        assertThat(CorpusProfile.detect(Path.of("../shared/corpora/tdmsci/train.jsonl"))).isEqualTo(CorpusProfile.TDMSCI);
        assertThat(CorpusProfile.detect(Path.of("corpora/scirex_abstracts/dev.jsonl"))).isEqualTo(CorpusProfile.SCIREX);
        assertThat(CorpusProfile.detect(Path.of("/tmp/scierc/dev.jsonl"))).isEqualTo(CorpusProfile.SCIERC);
        assertThat(CorpusProfile.detect(Path.of("/tmp/mine/gold.jsonl"))).isEqualTo(CorpusProfile.GENERIC);
    }

    /** An extractor that returns the gold mentions of each record: whatever it scores is the scorer's doing. */
    static Extractor goldEcho(List<AnnotatedDoc> docs) {
        Map<String, AnnotatedDoc> byText = new HashMap<>();
        docs.forEach(d -> byText.put(d.text(), d));
        return Fakes.extractor(paper -> {
            List<ExtractedEntity> entities = new ArrayList<>();
            for (AnnotatedDoc.Mention m : byText.get(paper.abstractText()).entities()) {
                for (EntityType t : EntityType.values()) {
                    if (t.label().equals(m.type())) {
                        entities.add(new ExtractedEntity(t, m.text(), List.of(), null, false,
                                List.of(new Evidence(org.paperkg.extract.Section.ABSTRACT, m.start(), m.end(),
                                        paper.abstractText(), "gold", 1.0))));
                    }
                }
            }
            return Fakes.extraction(entities);
        });
    }

    @Test
    void goldEchoIsPerfectOnSciercDevOverItsScoredTypes() throws IOException {
        Path dev = SharedData.require("corpora/scierc/dev.jsonl");
        List<AnnotatedDoc> docs = AnnotatedCorpusReader.readAll(dev);

        MentionScore s = new CorpusEvaluator(goldEcho(docs)).evaluate(dev).mentions();

        assertThat(s.profile()).isEqualTo(CorpusProfile.SCIERC);
        assertThat(s.docs()).isEqualTo(50);
        assertThat(s.exact().get(EntityType.METHOD)).isEqualTo(new Counts(216, 0, 0));
        assertThat(s.exact().get(EntityType.TASK)).isEqualTo(new Counts(127, 0, 0));
        assertThat(s.exact().get(EntityType.METRIC)).isEqualTo(new Counts(38, 0, 0));
        assertThat(s.microOverlap().f1()).isEqualTo(1.0);
    }

    @Test
    void findingNothingOnTdmsciTrainMissesEveryEntity() throws IOException {
        Path train = SharedData.require("corpora/tdmsci/train.jsonl");

        MentionScore s = new CorpusEvaluator(Extractor.none()).evaluate(train).mentions();

        assertThat(s.docs()).isEqualTo(1523);
        assertThat(s.microExact()).isEqualTo(new Counts(0, 0, 2175));
        assertThat(s.types()).containsExactly(EntityType.DATASET, EntityType.METRIC, EntityType.TASK);
    }
}
