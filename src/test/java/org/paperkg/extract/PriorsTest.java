package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriorsTest {

    @Test
    void everyPriorOfTheFileIsReadByTheCueCollectors() throws ClassNotFoundException {
        // loading the classes reads their priors into constants
        Class.forName(CueCollector.class.getName(), true, getClass().getClassLoader());
        Class.forName(ProposalCues.class.getName(), true, getClass().getClassLoader());
        assertThat(Priors.unasked()).as("priors in %s that no code reads", Priors.FILE).isEmpty();
    }

    @Test
    void valuesAreTheFilesAndInRange() {
        assertThat(Priors.of("title-prefix.strong")).isEqualTo(0.9);
        assertThat(Priors.of("proposal-window")).isEqualTo(0.65);
        assertThat(Priors.of("lexicon.weak")).isBetween(0.0, 1.0);
    }

    @Test
    void aMissingPriorSaysWhatToAdd() {
        assertThatThrownBy(() -> Priors.of("no-such-prior"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("priors.tsv has no prior 'no-such-prior'");
    }
}
