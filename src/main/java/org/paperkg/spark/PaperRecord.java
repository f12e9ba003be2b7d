package org.paperkg.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.SourceRef;

/**
 * A {@link Paper} as Spark ships it between JVMs: the same fields, Java-serialisable (the
 * ingest record stays a plain record with no serialisation concern).
 */
record PaperRecord(String recordId, String title, String abstractText, String originalTitle,
        String originalAbstract, LocalDate date, MonthDay listingDate, String arxivId, List<String> categories,
        String sourceFile, long sourceLine) implements Serializable {

    static PaperRecord of(Paper p) {
        return new PaperRecord(p.recordId(), p.title(), p.abstractText(), p.originalTitle(), p.originalAbstract(),
                p.date(), p.listingDate(), p.arxivId(), List.copyOf(p.categories()), p.source().file(),
                p.source().line());
    }

    Paper toPaper() {
        return new Paper(recordId, title, abstractText, originalTitle, originalAbstract, date, listingDate, arxivId,
                categories, new SourceRef(sourceFile, sourceLine));
    }
}
