package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.domain.EntityType;

class NameKeyTest {

    @Test
    void hyphensSpacesAndCaseDoNotCount() {
        assertThat(NameKey.key("ResNet-50")).isEqualTo(NameKey.key("resnet 50"));
        assertThat(NameKey.key("F-1")).isEqualTo(NameKey.key("F1"));
    }

    @Test
    void anAtThresholdIsNotFoldedAway() {
        assertThat(NameKey.key("F@1%")).isNotEqualTo(NameKey.key("F1"));
        assertThat(NameKey.key("F-Score@1%")).isNotEqualTo(NameKey.key("F-score 1"));
        assertThat(NameKey.key("F@1%")).isEqualTo(NameKey.key("f@1"));
    }

    @Test
    void plainF1LinksToF1NotToTheThresholdedFScore() {
        String base = "https://w3id.org/paperkg/resource/metric/";
        LexiconEntry f1 = new LexiconEntry(base + "f1", EntityType.METRIC, "F1", List.of("F-1", "F1 score"), null);
        LexiconEntry fAtTau = new LexiconEntry(base + "f-score-at-tau", EntityType.METRIC, "F-score@τ",
                List.of("F-Score@1%", "F@1%"), null);
        Lexicon lexicon = Lexicon.of(List.of(fAtTau, f1));

        for (String written : List.of("F1", "F-1", "F 1")) {
            assertThat(lexicon.findAll(written)).as(written).extracting(LexiconEntry::prefLabel).containsExactly("F1");
        }
        assertThat(lexicon.findAll("F@1%")).extracting(LexiconEntry::prefLabel).containsExactly("F-score@τ");
    }
}
