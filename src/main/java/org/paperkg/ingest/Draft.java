package org.paperkg.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.function.Consumer;

/**
 * A record as a reader found it, text uncleaned; {@link #emit} cleans it, checks that a title and
 * an abstract are left, and hands on the {@link Paper}. One place for this so that every reader
 * cleans and rejects the same way.
 */
record Draft(
        String recordId,
        String title,
        String abstractText,
        LocalDate date,
        MonthDay listingDate,
        List<String> categories,
        SourceRef source) {

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
        String arxivId = ArxivIds.parse(recordId).orElse(null);
        sink.accept(new Paper(recordId, cleanTitle, cleanAbstract, title, abstractText, date, listingDate,
                arxivId, categories, source));
        return true;
    }

    private String ofRecord() {
        return recordId == null ? "" : " (record " + recordId + ")";
    }

    static String quote(String s) {
        return "\"" + Dates.abbreviate(s) + "\"";
    }
}
