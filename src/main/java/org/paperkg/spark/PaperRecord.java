package org.paperkg.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.SourceLink;
import org.paperkg.ingest.SourceRef;

/**
 * A {@link Paper} as Spark ships it between JVMs: the same fields, Java-serialisable (the
 * ingest record stays a plain record with no serialisation concern); source links as two
 * parallel lists, fields and URLs.
 */
record PaperRecord(String recordId, String title, String abstractText, String originalTitle,
        String originalAbstract, LocalDate date, MonthDay listingDate, String arxivId, List<String> categories,
        String sourceFile, long sourceLine, List<String> linkFields, List<String> linkUrls) implements Serializable {

    static PaperRecord of(Paper p) {
        List<String> fields = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (SourceLink l : p.sourceLinks()) {
            fields.add(l.field());
            urls.add(l.url());
        }
        return new PaperRecord(p.recordId(), p.title(), p.abstractText(), p.originalTitle(), p.originalAbstract(),
                p.date(), p.listingDate(), p.arxivId(), List.copyOf(p.categories()), p.source().file(),
                p.source().line(), List.copyOf(fields), List.copyOf(urls));
    }

    Paper toPaper() {
        List<SourceLink> links = new ArrayList<>();
        for (int i = 0; i < linkFields.size(); i++) {
            links.add(new SourceLink(linkFields.get(i), linkUrls.get(i)));
        }
        return new Paper(recordId, title, abstractText, originalTitle, originalAbstract, date, listingDate, arxivId,
                categories, new SourceRef(sourceFile, sourceLine), links);
    }
}
