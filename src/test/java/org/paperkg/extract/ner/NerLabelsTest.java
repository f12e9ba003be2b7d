package org.paperkg.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.CoreNlpExtractor;
import org.paperkg.domain.EntityType;

/** Gold character offsets onto the extractor's tokens, and labels back to spans. */
class NerLabelsTest {

    private static final String TEXT = "We fine-tune BERT-large on SQuAD v1.1 and report exact match.";

    @Test
    void charactersOffsetsBecomeIoLabelsOnTheExtractorsTokens() {
        List<List<CoreLabel>> sentences = CoreNlpExtractor.nerTokenizer().sentences(TEXT);
        assertThat(sentences).hasSize(1);
        List<CoreLabel> tokens = sentences.get(0);
        int partial = NerLabels.label(tokens, List.of(
                new NerLabels.Gold(TEXT.indexOf("BERT-large"), TEXT.indexOf("BERT-large") + 10, EntityType.METHOD),
                new NerLabels.Gold(TEXT.indexOf("SQuAD"), TEXT.indexOf("SQuAD") + 10, EntityType.DATASET),
                new NerLabels.Gold(TEXT.indexOf("exact"), TEXT.indexOf("exact") + 11, EntityType.METRIC)));
        assertThat(partial).isZero();
        assertThat(tokens).extracting(CoreLabel::word, NerLabels::of).containsExactly(
                tuple("We", "O"), tuple("fine", "O"), tuple("-", "O"), tuple("tune", "O"),
                tuple("BERT", "Method"), tuple("-", "Method"), tuple("large", "Method"), tuple("on", "O"),
                tuple("SQuAD", "Dataset"), tuple("v", "Dataset"), tuple("1.1", "Dataset"), tuple("and", "O"),
                tuple("report", "O"),
                tuple("exact", "Metric"), tuple("match", "Metric"), tuple(".", "O"));
    }

    @Test
    void aTokenCutByASpanBoundaryTakesTheSpansTypeAndIsCounted() {
        List<CoreLabel> tokens = CoreNlpExtractor.nerTokenizer().sentences("ResNet50 detectors work.").get(0);
        int partial = NerLabels.label(tokens, List.of(new NerLabels.Gold(0, 6, EntityType.METHOD)));
        assertThat(partial).isEqualTo(1);
        assertThat(NerLabels.of(tokens.get(0))).isEqualTo("Method");
        assertThat(NerLabels.of(tokens.get(1))).isEqualTo("O");
    }

    @Test
    void runsOfOneLabelAreSpans() {
        assertThat(NerLabels.spans(List.of("O", "Task", "Task", "Metric", "O", "Method")))
                .extracting(NerSpan::start, NerSpan::end, NerSpan::type)
                .containsExactly(tuple(1, 3, EntityType.TASK), tuple(3, 4, EntityType.METRIC),
                        tuple(5, 6, EntityType.METHOD));
    }

    @Test
    void corpusPartsReadTextTitlesAndOnlyTheirRecordRange(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("train.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"a\",\"title\":\"GraphX: graphs\",\"text\":\"We study link prediction.\","
                        + "\"entities\":[{\"start\":9,\"end\":24,\"type\":\"Task\",\"text\":\"link prediction\"}],"
                        + "\"title_entities\":[{\"start\":0,\"end\":6,\"type\":\"Method\",\"text\":\"GraphX\"}]}",
                "{\"id\":\"b\",\"title\":null,\"text\":\"It uses Cora.\",\"entities\":[{\"start\":8,\"end\":12,"
                        + "\"type\":\"Material\",\"text\":\"Cora\"}, {\"start\":0,\"end\":2,\"type\":\"Generic\",\"text\":\"It\"}]}",
                "{\"id\":\"c\",\"title\":null,\"text\":\"Not read.\",\"entities\":[]}"));
        NerCorpus.Read r = NerCorpus.read(new NerCorpus.Part("t", file, 0, 2), CoreNlpExtractor.nerTokenizer());
        assertThat(r.records()).isEqualTo(2);
        assertThat(r.mentions()).isEqualTo(3); // "Generic" is not a paperkg type
        List<String> labelled = new ArrayList<>();
        for (List<CoreLabel> s : r.sentences()) {
            for (CoreLabel t : s) {
                if (!NerLabels.of(t).equals(NerLabels.OUTSIDE)) {
                    labelled.add(t.word() + "/" + NerLabels.of(t));
                }
            }
        }
        assertThat(labelled).containsExactly("link/Task", "prediction/Task", "GraphX/Method", "Cora/Dataset");
    }
}
