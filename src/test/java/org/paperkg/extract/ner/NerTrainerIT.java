package org.paperkg.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.extract.CoreNlpExtractor;

/**
 * Training end to end on a corpus small enough to train in a second: the model is written, loads
 * again, and the record says what it was trained on.
 */
class NerTrainerIT {

    private static String record(String id, String text, String entity, String type) {
        int start = text.indexOf(entity);
        return "{\"id\":\"" + id + "\",\"title\":null,\"text\":\"" + text + "\",\"entities\":[{\"start\":" + start
                + ",\"end\":" + (start + entity.length()) + ",\"type\":\"" + type + "\",\"text\":\"" + entity + "\"}]}";
    }

    @Test
    void trainsWritesTheModelAndItsRecord(@TempDir Path dir) throws IOException {
        Path shared = dir.resolve("shared");
        Path corpus = shared.resolve("corpora/toy/train.jsonl");
        Files.createDirectories(corpus.getParent());
        List<String> lines = new ArrayList<>();
        String[] datasets = {"ImageNet", "CIFAR-10", "COCO", "SQuAD", "GLUE", "MNIST"};
        for (int i = 0; i < datasets.length; i++) {
            lines.add(record("r" + i, "We evaluate the model on " + datasets[i] + " and report results.",
                    datasets[i], "Dataset"));
        }
        Files.write(corpus, lines);
        Properties props = NerFeatures.properties();
        props.setProperty("maxQNItr", "20");
        props.remove("featureDiffThresh");
        Path out = dir.resolve("model/toy.crf.ser.gz");

        NerTrainer.Result r = new NerTrainer(CoreNlpExtractor.nerTokenizer(), shared).train(
                List.of(new NerCorpus.Part("toy-train", corpus, 0, 4)),
                List.of(new NerCorpus.Part("toy-dev", corpus, 4, -1)), out, "0123abcd", props);

        assertThat(out).exists();
        assertThat(r.recordFile()).isEqualTo(dir.resolve("model/toy.training.json")).exists();
        TrainingRecord rec;
        try (InputStream in = Files.newInputStream(r.recordFile())) {
            rec = TrainingRecord.read(in);
        }
        assertThat(rec.model()).isEqualTo("toy.crf.ser.gz");
        assertThat(rec.gitCommit()).isEqualTo("0123abcd");
        assertThat(rec.modelBytes()).isEqualTo(Files.size(out));
        assertThat(rec.inputs()).singleElement().satisfies(in -> {
            assertThat(in.file()).isEqualTo("corpora/toy/train.jsonl");
            assertThat(in.records()).isEqualTo(4);
            assertThat(in.mentions()).isEqualTo(4);
            assertThat(in.sha256()).isEqualTo(NerTrainer.sha256(corpus)).hasSize(64);
        });
        assertThat(rec.dev()).singleElement().satisfies(in -> assertThat(in.records()).isEqualTo(2));
        assertThat(rec.devScores()).containsKey("toy-dev");
        assertThat(rec.crfProperties()).containsEntry("maxQNItr", "20");

        NerModel reloaded = NerModel.load(out);
        var tokens = CoreNlpExtractor.nerTokenizer().sentences("We evaluate the model on MNIST and report results.")
                .get(0);
        assertThat(reloaded.tag(tokens)).as("the toy model learnt 'on X and'")
                .anySatisfy(sp -> assertThat(tokens.get(sp.start()).word()).isEqualTo("MNIST"));
        assertThat(reloaded.tag(tokens)).extracting(NerSpan::start, NerSpan::end)
                .isEqualTo(r.model().tag(tokens).stream().map(s -> org.assertj.core.groups.Tuple.tuple(s.start(), s.end()))
                        .toList());
    }
}
