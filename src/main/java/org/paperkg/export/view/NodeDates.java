package org.paperkg.export.view;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import org.paperkg.export.model.NodeDate;

/**
 * Reads the dates the store holds (xsd:date, xsd:gMonthDay) from query results; a bad value reads
 * as unknown.
 *
 * <p>The earliest date of a group of papers needs care: in SPARQL an aggregate over a group in
 * which one row leaves the variable unbound (a paper with no date) is an error, and ARQ returns no
 * value at all. So the queries aggregate {@code COALESCE(date, sentinel)} and the sentinels, which
 * sort after every real value, read back as unknown.
 */
final class NodeDates {

    /** Binds ?issued and ?listing of paper ?p where it has them. */
    static final String PAPER_DATES = """
            OPTIONAL { ?p dcterms:issued ?issued }
              OPTIONAL { ?p pk:listingDate ?listing }""";

    /** The earliest date and listing day of the group's papers as ?i and ?l, sentinels where none has one. */
    static final String FIRST_DATES = "(MIN(COALESCE(STR(?issued), \"~\")) AS ?i) (MIN(COALESCE(STR(?listing), \"~\")) AS ?l)";

    private NodeDates() {
    }

    /** A {@code --MM-DD} listing day, possibly with a time zone. */
    static MonthDay listing(String lexical) {
        if (lexical == null || lexical.length() < 7) {
            return null;
        }
        try {
            return MonthDay.parse(lexical.substring(0, 7));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDate date(String lexical) {
        if (lexical == null || lexical.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(lexical.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The earliest full date and listing day found by a query's MIN aggregates. */
    static NodeDate of(String issuedLexical, String listingLexical) {
        return new NodeDate(date(issuedLexical), listing(listingLexical));
    }
}
