package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.testing.SharedData;

class AnnotatedCorpusReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsSciRexExtrasAndIgnoresUnknownKeys() throws IOException {
        Path f = dir.resolve("mini.jsonl");
        Files.writeString(f, """
                {"id": "d1", "title": "Fast SegNet", "text": "We segment Cityscapes images.", "future_key": 1, \
                "entities": [{"start": 11, "end": 21, "type": "Dataset", "text": "Cityscapes", "salient_cluster": "Cityscapes"}, \
                {"start": 3, "end": 10, "type": "Task", "text": "segment", "salient_cluster": null}], \
                "relations": [], \
                "title_entities": [{"start": 5, "end": 11, "type": "Method", "text": "SegNet", "salient_cluster": "SegNet"}], \
                "results": [{"method": "SegNet", "dataset": "Cityscapes", "metric": "Mean_IoU", "task": "Semantic_Segmentation", \
                "score": 71.8, "score_in_text": false, "roles_mentioned_in_text": ["dataset"]}]}
                """);

        AnnotatedDoc d = AnnotatedCorpusReader.readAll(f).get(0);

        assertThat(d.entities()).containsExactly(
                new AnnotatedDoc.Mention(11, 21, "Dataset", "Cityscapes", "Cityscapes"),
                new AnnotatedDoc.Mention(3, 10, "Task", "segment", null));
        assertThat(d.titleEntities()).containsExactly(new AnnotatedDoc.Mention(5, 11, "Method", "SegNet", "SegNet"));
        assertThat(d.results()).containsExactly(new AnnotatedDoc.ResultTuple("SegNet", "Cityscapes", "Mean_IoU",
                "Semantic_Segmentation", "71.8", false, List.of("dataset")));
        assertThat(d.source().toString()).endsWith("mini.jsonl:1");
    }

    @Test
    void spanOutsideTheTextIsReportedWithLine() throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.write(f, List.of(
                "{\"id\": \"ok\", \"title\": null, \"text\": \"abc\", \"entities\": []}",
                "{\"id\": \"x\", \"title\": null, \"text\": \"abc\", \"entities\": "
                        + "[{\"start\": 1, \"end\": 9, \"type\": \"Task\", \"text\": \"bc\"}]}"));

        assertThatThrownBy(() -> AnnotatedCorpusReader.readAll(f))
                .isInstanceOf(GoldFormatException.class)
                .hasMessageStartingWith(f + ":2: record 'x': entities[0] span [1,9)");
    }

    @Test
    void recordWithoutTextIsReportedWithLine() throws IOException {
        Path f = dir.resolve("bad.jsonl");
        Files.write(f, List.of("{\"id\": \"x\", \"entities\": []}"));

        assertThatThrownBy(() -> AnnotatedCorpusReader.readAll(f)).hasMessageContaining(":1: record needs");
    }

    @Test
    void tdmsciTrainHasTheReadmeCounts() throws IOException {
        List<AnnotatedDoc> docs = AnnotatedCorpusReader.readAll(SharedData.require("corpora/tdmsci/train.jsonl"));

        assertThat(docs).hasSize(1523);
        assertThat(typeCounts(docs)).isEqualTo(Map.of("Task", 1219L, "Dataset", 420L, "Metric", 536L));
        assertMentionTextsMatchOffsets(docs);
    }

    @Test
    void sciercDevHasTheReadmeCounts() throws IOException {
        List<AnnotatedDoc> docs = AnnotatedCorpusReader.readAll(SharedData.require("corpora/scierc/dev.jsonl"));

        assertThat(docs).hasSize(50);
        assertThat(typeCounts(docs)).isEqualTo(Map.of("Task", 127L, "Method", 216L, "Metric", 38L,
                "Material", 71L, "Other", 212L, "Generic", 147L));
        assertThat(docs).allSatisfy(d -> assertThat(d.title()).isNull());
        assertMentionTextsMatchOffsets(docs);
    }

    @Test
    void scirexDevHasTheReadmeCountsAndExtras() throws IOException {
        List<AnnotatedDoc> docs = AnnotatedCorpusReader.readAll(
                SharedData.require("corpora/scirex_abstracts/dev.jsonl"));

        assertThat(docs).hasSize(64);
        assertThat(typeCounts(docs)).isEqualTo(Map.of("Method", 532L, "Task", 268L, "Metric", 68L, "Dataset", 71L));
        assertThat(docs.stream().flatMap(d -> d.entities().stream()).filter(m -> m.salientCluster() != null))
                .hasSize(231);
        assertThat(docs.stream().mapToInt(d -> d.titleEntities().size()).sum()).isEqualTo(116);
        assertThat(docs.stream().mapToInt(d -> d.results().size()).sum()).isEqualTo(249);
        assertThat(docs.stream().flatMap(d -> d.results().stream()).filter(AnnotatedDoc.ResultTuple::scoreInText))
                .hasSize(12);
        assertMentionTextsMatchOffsets(docs);
    }

    @Test
    void testSplitsAreOnlyCounted() throws IOException {
        try (Stream<String> tdm = Files.lines(SharedData.require("corpora/tdmsci/test.jsonl"));
             Stream<String> scierc = Files.lines(SharedData.require("corpora/scierc/test.jsonl"))) {
            assertThat(tdm.filter(l -> !l.isBlank()).count()).isEqualTo(487);
            assertThat(scierc.filter(l -> !l.isBlank()).count()).isEqualTo(100);
        }
    }

    private static Map<String, Long> typeCounts(List<AnnotatedDoc> docs) {
        return docs.stream().flatMap(d -> d.entities().stream())
                .collect(Collectors.groupingBy(AnnotatedDoc.Mention::type, Collectors.counting()));
    }

    /** The offsets, read as Java string indices, cut out exactly the mention text. */
    private static void assertMentionTextsMatchOffsets(List<AnnotatedDoc> docs) {
        assertThat(docs).allSatisfy(d -> assertThat(d.entities())
                .allSatisfy(m -> assertThat(d.text().substring(m.start(), m.end())).isEqualTo(m.text())));
    }
}
