package org.paperkg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleTraitTest {

    @Test
    void traitsReadAsRuleFilesWriteThem() {
        for (RuleTrait t : RuleTrait.values()) {
            assertThat(RuleTrait.parse(t.written())).isEqualTo(t);
        }
        assertThat(RuleTrait.parse("states-proposal")).isEqualTo(RuleTrait.STATES_PROPOSAL);
        assertThat(RuleTrait.parse(" headless ")).isEqualTo(RuleTrait.HEADLESS);
    }

    @Test
    void anUnknownTraitNamesTheKnownOnes() {
        assertThatThrownBy(() -> RuleTrait.parse("headles"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown rule trait 'headles'")
                .hasMessageContaining("headless, impersonal");
    }

    /** Every trait is used by some shipped rule, so none is dead code in Java. */
    @Test
    void everyTraitIsWrittenInSomeRuleFile() throws IOException {
        Set<RuleTrait> used = EnumSet.noneOf(RuleTrait.class);
        Pattern is = Pattern.compile("\"is\"\\s*,\\s*\"([^\"]*)\"");
        for (String file : RuleSet.FILES) {
            try (InputStream in = RuleSet.class.getResourceAsStream("/org/paperkg/extract/" + file)) {
                Matcher m = is.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    for (String name : m.group(1).split("\\|")) {
                        used.add(RuleTrait.parse(name));
                    }
                }
            }
        }
        assertThat(used).containsExactlyInAnyOrder(RuleTrait.values());
    }
}
