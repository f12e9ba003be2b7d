package org.paperkg.eval;

import java.util.Objects;

/**
 * One numeric result of a gold paper: {@code {"metric": "mAP", "value": "0.439", "dataset":
 * "AudioSet", "method": "PANN"}}.
 *
 * @param metric  the metric's names ({@code ?} marks an optional result)
 * @param value   the value as written, "85.2%" or "+2.55 dB"
 * @param parsed  {@code value} as a number, unit and delta flag
 * @param dataset the dataset's name, or null when the abstract states none
 * @param method  the method's name, or null when the abstract states none
 */
public record GoldResult(GoldEntry metric, String value, ResultValue parsed, String dataset, String method) {

    public GoldResult {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(parsed, "parsed");
    }

    /** Builds a result from the written value; throws for a value that is not a number. */
    public static GoldResult of(String metric, String value, String dataset, String method) {
        ResultValue parsed = ResultValue.parse(value).orElseThrow(() -> new IllegalArgumentException(
                "result value '" + value + "' is not a number such as \"85.2%\", \"0.439\" or \"+2.55 dB\""));
        return new GoldResult(GoldEntry.parse(metric), value, parsed, dataset, method);
    }

    /** "mAP=0.439 (AudioSet, PANN)": how the result is listed in error analysis. */
    public String describe() {
        StringBuilder sb = new StringBuilder(metric.name()).append('=').append(value);
        if (dataset != null || method != null) {
            sb.append(" (").append(dataset == null ? "-" : dataset)
                    .append(", ").append(method == null ? "-" : method).append(')');
        }
        return sb.toString();
    }
}
