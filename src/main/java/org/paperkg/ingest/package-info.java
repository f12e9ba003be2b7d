/**
 * Ingest, the first stage: reads input files into {@link org.paperkg.ingest.Paper} records with
 * cleaned text, streaming, and reports bad input without stopping.
 *
 * <p>Entry point: {@link org.paperkg.ingest.Corpus#read Corpus.read(inputs, sink, problems)} walks
 * files and folders, picks a {@link org.paperkg.ingest.CorpusReader} per file by content and
 * extension ({@link org.paperkg.ingest.InputFormat}), and returns an
 * {@link org.paperkg.ingest.IngestSummary}. Readers: {@link org.paperkg.ingest.ListingPageReader}
 * (the daily-listing text in {@code seeds/}), {@link org.paperkg.ingest.JsonLinesReader} (arXiv and
 * annotated corpora, plain or gzip), {@link org.paperkg.ingest.AtomReader} (arXiv API),
 * {@link org.paperkg.ingest.CsvReader}.
 *
 * <p>Bad input goes to an injected {@link org.paperkg.ingest.ProblemHandler}: strict in tests,
 * logging when ingesting real data. Every message names the file and line and says what to do.
 *
 * <p>Text helpers other stages use: {@link org.paperkg.ingest.TextCleaner} (LaTeX, HTML
 * references, whitespace to plain text; its vocabularies are {@code latex-commands.tsv} and
 * {@code html-entities.tsv} beside it), {@link org.paperkg.ingest.Titles#key} (keys for finding
 * duplicate titles), {@link org.paperkg.ingest.ArxivIds#parse} (arXiv identifiers).
 *
 * <p>Nothing here depends on later stages, CoreNLP or Jena.
 */
package org.paperkg.ingest;
