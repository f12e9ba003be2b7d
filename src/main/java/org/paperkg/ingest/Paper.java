package org.paperkg.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * One paper record as read from one input, after text cleaning.
 *
 * <p>{@code title} and {@code abstractText} are the cleaned forms that extraction offsets point
 * into; {@code originalTitle} and {@code originalAbstract} are kept exactly as read (LaTeX, entities
 * and all). Optional values are {@code null} when the input does not carry them.
 *
 * @param recordId         the input's own id for the record, or null
 * @param title            cleaned title, never blank
 * @param abstractText     cleaned abstract, never blank
 * @param originalTitle    title as read
 * @param originalAbstract abstract as read
 * @param date             publication or announcement date, or null
 * @param listingDate      day of a listing page ("Mar 12": no year is given there), or null
 * @param arxivId          arXiv identifier without version (2503.11677, cs/0101001), or null
 * @param categories       subject categories as given (arXiv cs.CV ...), possibly empty
 * @param source           file and line the record starts on
 * @param sourceLinks      links the input gives as fields (a code repository), possibly empty
 */
public record Paper(
        String recordId,
        String title,
        String abstractText,
        String originalTitle,
        String originalAbstract,
        LocalDate date,
        MonthDay listingDate,
        String arxivId,
        List<String> categories,
        SourceRef source,
        List<SourceLink> sourceLinks) {

    /** A paper whose input gives no links as fields. */
    public Paper(String recordId, String title, String abstractText, String originalTitle, String originalAbstract,
            LocalDate date, MonthDay listingDate, String arxivId, List<String> categories, SourceRef source) {
        this(recordId, title, abstractText, originalTitle, originalAbstract, date, listingDate, arxivId, categories,
                source, List.of());
    }

    public Paper {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(abstractText, "abstractText");
        Objects.requireNonNull(originalTitle, "originalTitle");
        Objects.requireNonNull(originalAbstract, "originalAbstract");
        Objects.requireNonNull(source, "source");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title is blank at " + source);
        }
        if (abstractText.isBlank()) {
            throw new IllegalArgumentException("abstract is blank at " + source);
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
        sourceLinks = sourceLinks == null ? List.of() : List.copyOf(sourceLinks);
    }
}
