package org.paperkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ResultValueTest {

    private static ResultValue v(String written) {
        return ResultValue.parse(written).orElseThrow();
    }

    @Test
    void percentIsNumberWithUnit() {
        assertThat(v("85.2%")).isEqualTo(new ResultValue(new BigDecimal("85.2"), "%", false));
        assertThat(v("85.2 %").matches(new ResultValue(new BigDecimal("85.20"), "%", false))).isTrue();
    }

    @Test
    void plusSignMarksADelta() {
        ResultValue gain = v("+2.55 dB");
        assertThat(gain.delta()).isTrue();
        assertThat(gain.number()).isEqualByComparingTo("2.55");
        assertThat(gain.unit()).isEqualTo("db");
        assertThat(gain.matches(new ResultValue(new BigDecimal("2.55"), "dB", true))).isTrue();
        assertThat(gain.matches(new ResultValue(new BigDecimal("2.55"), "dB", false)))
                .as("an improvement is not an absolute score").isFalse();
    }

    @Test
    void deltasCompareByMagnitude() {
        assertThat(new ResultValue(new BigDecimal("-3.1"), "%", true).matches(v("+3.1%"))).isTrue();
    }

    @Test
    void thousandsSeparatorsAndPlainNumbers() {
        assertThat(v("1,024").number()).isEqualByComparingTo("1024");
        assertThat(v("0.439")).isEqualTo(new ResultValue(new BigDecimal("0.439"), "", false));
        assertThat(v("-0.5").number()).isEqualByComparingTo("-0.5");
        assertThat(v("2.5\u00d7").unit()).isEqualTo("x");
    }

    @Test
    void unitsMustAgreeWhenBothAreWritten() {
        assertThat(v("85.2%").matches(v("85.2"))).isTrue();
        assertThat(v("85.2%").matches(v("85.2 dB"))).isFalse();
        assertThat(v("85.2%").matches(v("85.3%"))).isFalse();
    }

    @Test
    void textWithoutANumberIsNotAValue() {
        assertThat(ResultValue.parse("state of the art")).isEmpty();
        assertThat(ResultValue.parse("")).isEmpty();
        assertThat(ResultValue.parse(null)).isEmpty();
    }

    @Test
    void boundsAsWrittenKeepTheNumber() {
        assertThat(ResultValue.parse(">99%")).contains(new ResultValue(new java.math.BigDecimal("99"), "%", false));
        assertThat(ResultValue.parse("<70%")).contains(new ResultValue(new java.math.BigDecimal("70"), "%", false));
        assertThat(ResultValue.parse(">=0.8")).contains(new ResultValue(new java.math.BigDecimal("0.8"), "", false));
    }

    @Test
    void aRangeMatchesOnlyTheSameRange() {
        ResultValue range = v("51.06-51.33%");
        assertThat(range.isRange()).isTrue();
        assertThat(range.unit()).isEqualTo("%");
        assertThat(range.matches(v("51.06 - 51.33 %"))).isTrue();
        assertThat(range.matches(v("51.06%"))).isFalse();
        assertThat(range.matches(v("51.06-52%"))).isFalse();
        assertThat(v("85.2%").isRange()).isFalse();
    }
}
