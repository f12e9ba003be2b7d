package org.paperkg.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises arXiv identifiers in the forms people write them and reduces them to the bare id
 * without version, which is what papers are matched on.
 *
 * <pre>{@code
 * ArxivIds.parse("https://arxiv.org/abs/2503.11677v1")  // Optional[2503.11677]
 * ArxivIds.parse("arXiv:math.GT/0309136v2")             // Optional[math.GT/0309136]
 * ArxivIds.parse("X96-1059")                            // Optional.empty
 * }</pre>
 *
 * <p>New-style ids ({@code YYMM.NNNN}, five digits from 2015) are checked for a real month and the
 * right number of digits for their year; old-style ids ({@code archive[.SC]/YYMMNNN}, 1991 to
 * 2007) for a real month. Anything else, including an id with text around it, is not an id.
 */
public final class ArxivIds {

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(?:https?://)?(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html)/|arxiv:)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEW_STYLE = Pattern.compile("(\\d{2})(\\d{2})\\.(\\d{4,5})(?:v\\d+)?");
    private static final Pattern OLD_STYLE = Pattern.compile(
            "([a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/(\\d{2})(\\d{2})\\d{3})(?:v\\d+)?");

    private ArxivIds() {
    }

    /** The id without version, or empty when {@code s} is null or not an arXiv id. */
    public static Optional<String> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String id = PREFIX.matcher(s.strip()).replaceFirst("");
        if (id.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            id = id.substring(0, id.length() - 4);
        }
        if (id.endsWith("/")) {
            id = id.substring(0, id.length() - 1);
        }
        Matcher m = NEW_STYLE.matcher(id);
        if (m.matches()) {
            int yymm = Integer.parseInt(m.group(1) + m.group(2));
            int month = Integer.parseInt(m.group(2));
            int digits = m.group(3).length();
            boolean rightDigits = yymm >= 1501 ? digits == 5 : digits == 4;
            return month >= 1 && month <= 12 && yymm >= 704 && rightDigits
                    ? Optional.of(m.group(1) + m.group(2) + "." + m.group(3))
                    : Optional.empty();
        }
        m = OLD_STYLE.matcher(id);
        if (m.matches()) {
            int yy = Integer.parseInt(m.group(2));
            int month = Integer.parseInt(m.group(3));
            boolean year = yy >= 91 || yy <= 7;
            return year && month >= 1 && month <= 12 ? Optional.of(m.group(1)) : Optional.empty();
        }
        return Optional.empty();
    }
}
