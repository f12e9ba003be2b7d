package org.paperkg.query;

import java.util.Locale;
import java.util.Objects;

/**
 * The chart the Analytics page draws for a query, from its {@code # chart:} header line:
 * <pre>
 * # chart: bar x=label y=papers
 * # chart: line x=period y=papers
 * # chart: heatmap x=datasetLabel y=methodLabel value=papers
 * # chart: none
 * </pre>
 * {@code x} and {@code y} name result columns; a heat map takes its cell values from
 * {@code value}.
 */
public record ChartSpec(Kind kind, String x, String y, String value) {

    /** The chart kinds the page can draw. */
    public enum Kind { NONE, BAR, LINE, HEATMAP }

    public static final ChartSpec NONE = new ChartSpec(Kind.NONE, null, null, null);

    public ChartSpec {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.NONE && (x == null || y == null)) {
            throw new IllegalArgumentException(kind.name().toLowerCase(Locale.ROOT) + " chart needs x= and y= columns");
        }
        if (kind == Kind.HEATMAP && value == null) {
            throw new IllegalArgumentException("heatmap chart needs a value= column");
        }
    }
}
