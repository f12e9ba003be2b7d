package org.paperkg.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A numeric result the abstract states: "85.2% top-1 accuracy on ImageNet".
 *
 * <p>Percentages are normalised to the number before the sign ({@code 85.2} with unit "%");
 * {@code valueText} keeps what was written. A delta ("improves ... by 2.55 dB") is flagged, so
 * that nobody ranks an improvement against absolute scores.
 *
 * @param metric    name of the metric entity (matches an {@link ExtractedEntity#name()} of type METRIC)
 * @param value     the number
 * @param unit      "%", "dB", "x", "pp", or "" when none was written
 * @param valueText the value as written ("85.2%", "+2.55 dB")
 * @param delta     true for an improvement or change, false for an absolute score
 * @param dataset   name of the dataset entity it was measured on, or null
 * @param method    name of the method entity it belongs to, or null
 * @param evidence  where it was read
 */
public record ResultMention(
        String metric,
        BigDecimal value,
        String unit,
        String valueText,
        boolean delta,
        String dataset,
        String method,
        Evidence evidence) {

    public ResultMention {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(valueText, "valueText");
        Objects.requireNonNull(evidence, "evidence");
    }
}
