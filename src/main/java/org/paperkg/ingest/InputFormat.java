package org.paperkg.ingest;

import java.util.function.Supplier;

/** The input formats paperkg reads, each with its {@link CorpusReader}. */
public enum InputFormat {
    /** Text copied from a daily-papers listing page: {@link ListingPageReader}. */
    LISTING(ListingPageReader::new),
    /** JSON Lines, plain or gzip: {@link JsonLinesReader}. */
    JSON_LINES(JsonLinesReader::new),
    /** Atom XML from the arXiv API: {@link AtomReader}. */
    ATOM(AtomReader::new),
    /** CSV with a header row: {@link CsvReader}. */
    CSV(CsvReader::new),
    /** Hugging Face's daily-papers API JSON, one array: {@link DailyPapersReader}. */
    DAILY_PAPERS(DailyPapersReader::new);

    private final Supplier<CorpusReader> factory;

    InputFormat(Supplier<CorpusReader> factory) {
        this.factory = factory;
    }

    /** A new reader for this format with default settings. */
    public CorpusReader reader() {
        return factory.get();
    }
}
