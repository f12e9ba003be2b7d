package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;

class ConfidenceFilterTest {

    @Test
    void dropsLowMentionsAndEntitiesLeftWithoutMentions() {
        ExtractedEntity mixed = new ExtractedEntity(EntityType.TASK, "segmentation", List.of(), null, false,
                List.of(Fakes.evidence(0, 5, 0.9), Fakes.evidence(10, 15, 0.3)));
        ExtractedEntity low = Fakes.entity(EntityType.METHOD, "CNN", 0.4);
        Extraction ex = Fakes.extraction(List.of(mixed, low),
                List.of(Fakes.result("accuracy", "90", "%", "90%", false, null, null)), List.of());

        Extraction kept = ConfidenceFilter.apply(ex, 0.5);

        assertThat(kept.entities()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("segmentation");
            assertThat(e.evidence()).extracting(ev -> ev.start()).containsExactly(0);
        });
        assertThat(kept.results()).hasSize(1);
        assertThat(ConfidenceFilter.apply(ex, 0.95).entities()).isEmpty();
        assertThat(ConfidenceFilter.apply(ex, 0.95).results()).isEmpty();
    }

    @Test
    void thresholdOutsideTheUnitIntervalIsRejected() {
        assertThatThrownBy(() -> ConfidenceFilter.apply(Extraction.none(), 1.5))
                .hasMessageContaining("must be in [0,1], got 1.5");
    }
}
