package org.paperkg.eval;

import java.util.List;
import org.paperkg.ingest.Paper;

/**
 * Presents an annotated corpus record to an extractor as a {@link Paper}, so that the extractor
 * runs exactly as in a build and its abstract offsets index the record's {@code text}.
 */
public final class CorpusPapers {

    private CorpusPapers() {
    }

    /**
     * The record as a paper: abstract = {@code text} unchanged (so evidence offsets are gold
     * offsets), title = the record's title, or its id when it has none (SciERC, TDMSci).
     */
    public static Paper toPaper(AnnotatedDoc doc) {
        String title = doc.title() == null || doc.title().isBlank() ? doc.id() : doc.title();
        return new Paper(doc.id(), title, doc.text(), title, doc.text(),
                null, null, null, List.of(), doc.source());
    }
}
