package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a value list as abstracts write it into one value per item: "71.0%|74.6%|77.9%",
 * "45.2/47.9", "38.1, 40.5 and 52.0". A unit written only after the last item belongs to every
 * item ("71.0/74.6%" is 71.0% and 74.6%).
 *
 * <p>A thousands separator ("1,000") and a range ("51.06-51.33%") are one value; so is anything
 * whose parts are not all numbers, which is returned as written.
 *
 * <pre>{@code
 * AlignedValues.split("71.0/74.6%")            // ["71.0%", "74.6%"]
 * AlignedValues.split("38.1, 40.5 and 52.0")   // ["38.1", "40.5", "52.0"]
 * }</pre>
 */
final class AlignedValues {

    /** Between items: a slash or bar, a comma and a space (then perhaps "and"), or "and". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[/|]\\s*|\\s*,\\s+(?:and\\s+)?|\\s+and\\s+");
    /** One item: an optional comparator, the number with its sign, and what follows it (the unit). */
    private static final Pattern ITEM = Pattern.compile(
            "((?:>=|<=|[<>≤≥~≈])?\\s*[+\\-−±]?\\d+(?:[.,]\\d+)*)(.*)");

    private AlignedValues() {
    }

    /** The values of {@code written}, one per item; a single value (or no list) comes back as written, stripped. */
    static List<String> split(String written) {
        String text = written.strip();
        String[] parts = SEPARATOR.split(text);
        if (parts.length < 2) {
            return List.of(text);
        }
        List<Matcher> items = new ArrayList<>(parts.length);
        for (String part : parts) {
            Matcher m = ITEM.matcher(part.strip());
            if (!m.matches()) {
                return List.of(text);
            }
            items.add(m);
        }
        String sharedUnit = items.get(items.size() - 1).group(2);
        List<String> values = new ArrayList<>(items.size());
        for (Matcher m : items) {
            values.add(m.group(2).isBlank() ? m.group(1) + sharedUnit : m.group(0));
        }
        return values;
    }
}
