package org.paperkg.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.function.Consumer;

/**
 * A record as a reader found it, text uncleaned; {@link #emit} cleans it, checks that a title and
 * an abstract are left, and hands on the {@link Paper}. One place for this so that every reader
 * cleans and rejects the same way.
 *
 * <p>A title longer than {@value #MAX_TITLE_CHARS} characters (the longest in the seeds has 153) is
 * cut to that length, with an ellipsis, and reported damaged: a 100 KB "title" is a field mix-up
 * and would fill every page that shows it. An abstract without a single letter ({@code 12345}) is
 * kept with a warning.
 */
record Draft(
        String recordId,
        String title,
        String abstractText,
        LocalDate date,
        MonthDay listingDate,
        List<String> categories,
        SourceRef source,
        List<SourceLink> links) {

    Draft(String recordId, String title, String abstractText, LocalDate date, MonthDay listingDate,
            List<String> categories, SourceRef source) {
        this(recordId, title, abstractText, date, listingDate, categories, source, List.of());
    }

    /** The longest title kept; longer ones are cut. */
    static final int MAX_TITLE_CHARS = 500;

    /**
     * Sends the paper to {@code sink}, or reports it skipped when its title or abstract is empty
     * once cleaned (for example an abstract that is only {@code $$}).
     *
     * @return whether a paper was sent
     */
    boolean emit(Consumer<Paper> sink, ProblemHandler problems) {
        String cleanTitle = TextCleaner.clean(title);
        String cleanAbstract = TextCleaner.clean(abstractText);
        if (cleanTitle.isEmpty()) {
            problems.skipped(source, "no title: the title " + quote(title)
                    + " is empty once markup and whitespace are removed" + ofRecord());
            return false;
        }
        if (cleanAbstract.isEmpty()) {
            problems.skipped(source, "no abstract: the abstract " + quote(abstractText)
                    + " is empty once markup and whitespace are removed" + ofRecord());
            return false;
        }
        String keptTitle = title;
        if (cleanTitle.length() > MAX_TITLE_CHARS) {
            problems.damaged(source, "title too long: " + cleanTitle.length() + " characters, cut to the first "
                    + MAX_TITLE_CHARS + " (the longest real titles have about 200); is the title field really the"
                    + " title?" + ofRecord());
            cleanTitle = cut(cleanTitle);
            keptTitle = cut(title);
        }
        if (cleanAbstract.codePoints().noneMatch(Character::isLetter)) {
            problems.warning(source, "abstract without words: the abstract " + quote(cleanAbstract)
                    + " holds no letters; the record is kept, but nothing can be extracted from it" + ofRecord());
        }
        String arxivId = ArxivIds.parse(recordId).orElse(null);
        sink.accept(new Paper(recordId, cleanTitle, cleanAbstract, keptTitle, abstractText, date, listingDate,
                arxivId, categories, source, links));
        return true;
    }

    /** Cuts {@code s} to {@link #MAX_TITLE_CHARS} characters, not inside a surrogate pair, with an ellipsis. */
    private static String cut(String s) {
        if (s.length() <= MAX_TITLE_CHARS) {
            return s;
        }
        int end = MAX_TITLE_CHARS - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).strip() + "\u2026";
    }

    private String ofRecord() {
        return recordId == null ? "" : " (record " + recordId + ")";
    }

    static String quote(String s) {
        return "\"" + Dates.abbreviate(s) + "\"";
    }
}
