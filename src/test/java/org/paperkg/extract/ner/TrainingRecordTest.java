package org.paperkg.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.testing.SharedData;

/**
 * The shipped model's training record against the data in {@code ../shared}: when a corpus file
 * changes, the model no longer says what it was trained on, and this test fails until it is
 * retrained ({@code paperkg train-ner}).
 */
class TrainingRecordTest {

    private static TrainingRecord shipped() throws IOException {
        try (InputStream in = TrainingRecord.class.getResourceAsStream(TrainingRecord.RESOURCE)) {
            assertThat(in).as(TrainingRecord.RESOURCE).isNotNull();
            return TrainingRecord.read(in);
        }
    }

    @Test
    void recordedTrainingInputsMatchTheSharedCorpora() throws IOException {
        TrainingRecord r = shipped();
        List<TrainingRecord.Input> all = new ArrayList<>(r.inputs());
        all.addAll(r.dev());
        assertThat(all).isNotEmpty();
        for (TrainingRecord.Input in : all) {
            Path file = SharedData.require(in.file());
            assertThat(NerTrainer.sha256(file)).as("SHA-256 of %s (retrain with paperkg train-ner)", file)
                    .isEqualTo(in.sha256());
            long lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
            long to = in.toRecord() == -1 ? lines : in.toRecord();
            assertThat(to - in.fromRecord()).as("records used of %s", file).isEqualTo(in.records());
        }
    }

    @Test
    void recordNamesTheShippedModelAndNeverATestSplitOrSciErc() throws IOException {
        TrainingRecord r = shipped();
        assertThat("/org/paperkg/extract/ner/" + r.model()).isEqualTo(NerModel.RESOURCE);
        assertThat(r.inputs()).extracting(TrainingRecord.Input::file)
                .containsExactlyInAnyOrder("corpora/scirex_abstracts/train.jsonl", "corpora/tdmsci/train.jsonl")
                .noneMatch(f -> f.contains("test") || f.contains("scierc"));
        assertThat(r.gitCommit()).matches("[0-9a-f]{40}");
        assertThat(r.crfProperties()).isEqualTo(NerFeatures.asMap(NerFeatures.properties()));
        assertThat(r.devScores()).containsKeys("scirex-dev", "tdmsci-train-heldout");
    }
}
