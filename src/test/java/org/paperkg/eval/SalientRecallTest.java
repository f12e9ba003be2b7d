package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.domain.Counts;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.SourceRef;
import org.paperkg.testing.SharedData;

class SalientRecallTest {

    static final String TEXT = "Our DeepLab model reaches 79.7 mean IoU on Cityscapes and PASCAL VOC.";

    static AnnotatedDoc doc() {
        return new AnnotatedDoc("d1", "DeepLab", TEXT, List.of(
                MentionScorerTest.mention(TEXT, "DeepLab", "Method", "DeepLab"),
                MentionScorerTest.mention(TEXT, "mean IoU", "Metric", "Mean_IoU"),
                MentionScorerTest.mention(TEXT, "Cityscapes", "Dataset", "Cityscapes"),
                MentionScorerTest.mention(TEXT, "PASCAL VOC", "Dataset", "PASCAL_VOC_2012"),
                MentionScorerTest.mention(TEXT, "model", "Method", null)),
                List.of(), List.of(), new SourceRef("mini.jsonl", 1));
    }

    @Test
    void clusterIsRecalledByOverlappingMentionOrByName() {
        SalientRecall recall = new SalientRecall();
        recall.add(doc(), Fakes.extraction(List.of(
                Fakes.spans(EntityType.METHOD, "Our DeepLab", new int[] {0, 11}),      // overlaps "DeepLab"
                Fakes.spans(EntityType.METRIC, "Mean IoU", new int[] {0, 1}),          // named like Mean_IoU
                Fakes.spans(EntityType.METHOD, "Cityscapes", new int[] {43, 53}))));   // right span, wrong type

        SalientRecall.Score s = recall.result("mini.jsonl");

        assertThat(s.byType().get(EntityType.METHOD)).isEqualTo(new SalientRecall.Recall(1, 1));
        assertThat(s.byType().get(EntityType.METRIC)).isEqualTo(new SalientRecall.Recall(1, 1));
        assertThat(s.byType().get(EntityType.DATASET)).isEqualTo(new SalientRecall.Recall(0, 2));
        assertThat(s.byType().get(EntityType.TASK)).isEqualTo(new SalientRecall.Recall(0, 0));
        assertThat(s.overall().recall()).isEqualTo(0.5);
    }

    @Test
    void scirexDevIsScoredForSalientRecallAlongsideMentions() throws IOException {
        Path dev = SharedData.require("corpora/scirex_abstracts/dev.jsonl");
        List<AnnotatedDoc> docs = AnnotatedCorpusReader.readAll(dev);

        CorpusEvaluator.Result none = new CorpusEvaluator(Extractor.none()).evaluate(dev);
        CorpusEvaluator.Result echo = new CorpusEvaluator(MentionScorerTest.goldEcho(docs)).evaluate(dev);

        assertThat(none.salient()).isPresent();
        assertThat(none.salient().get().overall()).isEqualTo(new SalientRecall.Recall(0, 137));
        assertThat(echo.salient().get().overall()).isEqualTo(new SalientRecall.Recall(137, 137));
        assertThat(echo.mentions().microExact()).isEqualTo(new Counts(939, 0, 0));
    }
}
