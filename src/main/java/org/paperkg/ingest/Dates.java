package org.paperkg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * Reads the dates corpora carry: {@code 2025-03-19}, {@code 2025-03} (taken as the first of the
 * month, since a paper needs a day) and ISO timestamps such as {@code 2021-01-01T08:00:00Z},
 * {@code 2021-01-01T08:00:00+02:00} or {@code 2021-01-01 08:00:00} (the calendar date as written,
 * not converted to UTC, because the writer's date is the one the source shows).
 */
final class Dates {

    /** How a bad date is described in warnings. */
    static final String EXPECTED = "expected yyyy-MM-dd, yyyy-MM or an ISO timestamp";

    private Dates() {
    }

    /** The date, or an {@link IllegalArgumentException} whose message quotes the text and says what was expected. */
    static LocalDate parse(String text) {
        String s = text.strip();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s);
            }
            if (s.length() == 7) {
                return YearMonth.parse(s).atDay(1);
            }
            if (s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == ' ')) {
                String iso = s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
                try {
                    return OffsetDateTime.parse(iso).toLocalDate();
                } catch (DateTimeException e) {
                    return LocalDateTime.parse(iso).toLocalDate();
                }
            }
        } catch (DateTimeException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("\"" + abbreviate(s) + "\" is not a date (" + EXPECTED + ")");
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
