package org.paperkg.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.extract.CoreNlpExtractor;
import org.paperkg.domain.EntityType;

/** The model shipped in the jar loads and tags a sentence written for the purpose. */
class NerModelTest {

    @Test
    void shippedModelTagsDatasetsTasksAndMetricsWithProbabilities() {
        NerModel model = NerModel.shipped();
        String text = "We evaluate our parser on the Penn Treebank and report labeled attachment score "
                + "for dependency parsing.";
        List<CoreLabel> tokens = CoreNlpExtractor.nerTokenizer().sentences(text).get(0);
        List<NerSpan> spans = model.tag(tokens);
        assertThat(spans).isNotEmpty();
        assertThat(spans).allSatisfy(s -> assertThat(s.probability()).isBetween(0.0, 1.0));
        assertThat(spans).anySatisfy(s -> {
            assertThat(s.type()).isEqualTo(EntityType.TASK);
            assertThat(text(tokens, s)).isEqualTo("dependency parsing");
        });
        assertThat(spans).anySatisfy(s -> {
            assertThat(s.type()).isEqualTo(EntityType.DATASET);
            assertThat(text(tokens, s)).contains("Penn Treebank");
        });
        assertThat(tokens).allSatisfy(t -> assertThat(t.get(edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation.class))
                .as("tagging must not write into the pipeline's tokens").isNull());
    }

    @Test
    void anEmptySentenceHasNoSpans() {
        assertThat(NerModel.shipped().tag(List.of())).isEmpty();
    }

    private static String text(List<CoreLabel> tokens, NerSpan s) {
        StringBuilder b = new StringBuilder();
        for (int i = s.start(); i < s.end(); i++) {
            b.append(i > s.start() ? " " : "").append(tokens.get(i).word());
        }
        return b.toString();
    }
}
