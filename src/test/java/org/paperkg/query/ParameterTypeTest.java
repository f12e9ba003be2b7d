package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;

/** Values are checked against their type and become typed literals. */
class ParameterTypeTest {

    @Test
    void literalsAreTyped() {
        assertThat(ParameterType.CONFIDENCE.literal("0.75").getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdecimal);
        assertThat(ParameterType.INT.literal("12").getLiteralLexicalForm()).isEqualTo("12");
        assertThat(ParameterType.BOOLEAN.literal("Yes").getLiteralLexicalForm()).isEqualTo("true");
        assertThat(ParameterType.DAY.literal("--03-12").getLiteralLexicalForm()).isEqualTo("--03-12");
        assertThat(ParameterType.DAY.literal("").getLiteralLexicalForm()).isEmpty();
        assertThat(ParameterType.STRING.literal("a\" } DROP ALL {").getLiteralLexicalForm()).isEqualTo("a\" } DROP ALL {");
    }

    @Test
    void badValuesSayWhatWasExpected() {
        assertThatThrownBy(() -> ParameterType.CONFIDENCE.literal("1.5")).hasMessage("expected a number from 0 to 1, got '1.5'");
        assertThatThrownBy(() -> ParameterType.LIMIT.limit("0")).hasMessageStartingWith("expected a whole number from 1 to 100000");
        assertThatThrownBy(() -> ParameterType.LIMIT.limit("10; DROP")).hasMessageContaining("got '10; DROP'");
        assertThatThrownBy(() -> ParameterType.DAY.literal("March")).hasMessageStartingWith("expected a day YYYY-MM-DD");
        assertThatThrownBy(() -> ParameterType.INT.literal("1e3")).hasMessage("expected an integer, got '1e3'");
        assertThatThrownBy(() -> ParameterType.ofKeyword("float")).hasMessageContaining("expected one of int, limit");
    }
}
