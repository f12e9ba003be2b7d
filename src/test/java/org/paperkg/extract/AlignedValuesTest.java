package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlignedValuesTest {

    @Test
    void oneValueStaysAsWritten() {
        assertThat(AlignedValues.split("85.2%")).containsExactly("85.2%");
        assertThat(AlignedValues.split("1,000")).containsExactly("1,000");
        assertThat(AlignedValues.split(">99 %")).containsExactly(">99 %");
        assertThat(AlignedValues.split("51.06-51.33%")).containsExactly("51.06-51.33%");  // a range is one value
    }

    @Test
    void aListWithAPartThatIsNoNumberStaysAsWritten() {
        assertThat(AlignedValues.split("3.1 and more")).containsExactly("3.1 and more");
    }

    @Test
    void commaAndListsGiveOneValueEach() {
        assertThat(AlignedValues.split("38.1, 40.5 and 52.0")).containsExactly("38.1", "40.5", "52.0");
        assertThat(AlignedValues.split("4.1% and 8.3%")).containsExactly("4.1%", "8.3%");
    }

    @Test
    void slashAndBarListsShareAUnitWrittenOnlyAtTheEnd() {
        assertThat(AlignedValues.split("71.0/74.6%")).containsExactly("71.0%", "74.6%");
        assertThat(AlignedValues.split("71.0%|74.6%|77.9%")).containsExactly("71.0%", "74.6%", "77.9%");
        assertThat(AlignedValues.split("45.2/47.9")).containsExactly("45.2", "47.9");
        assertThat(AlignedValues.split("3.0% / 5.2%")).containsExactly("3.0%", "5.2%");
        assertThat(AlignedValues.split("+1.2/+0.8 dB")).containsExactly("+1.2 dB", "+0.8 dB");
    }
}
