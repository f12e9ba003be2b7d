package org.paperkg.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything one {@code paperkg eval} run measured, ready to print as aligned tables for people
 * or as JSON for scripts that track scores over time.
 *
 * @param extractorVersion the version of the extractor scored
 * @param minConfidence    the threshold predictions were filtered at (0 for none)
 * @param corpora          one result per annotated corpus file
 * @param papers           one score per paper-level gold file
 */
public record EvalReport(String extractorVersion, double minConfidence,
                         List<CorpusEvaluator.Result> corpora, List<PaperScore> papers) {

    /** The output formats. */
    public enum Format {
        TABLE, JSON;

        /** Parses "table" or "json" in any case; the message names the allowed values. */
        public static Format parse(String s) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(s.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown format '" + s + "'; expected table or json");
        }
    }

    public EvalReport {
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        corpora = List.copyOf(corpora);
        papers = List.copyOf(papers);
    }

    /**
     * Prints the report. With {@code verbose}, paper-level scores are followed by each paper's
     * false positives and false negatives.
     */
    public void print(PrintWriter out, Format format, boolean verbose) {
        switch (format) {
            case TABLE -> ReportTables.print(this, out, verbose);
            case JSON -> ReportJson.print(this, out, verbose);
        }
        out.flush();
    }

    /** "extractor none, min-confidence 0.00": the header line of both formats' context. */
    String describeRun() {
        return String.format(Locale.ROOT, "extractor %s, min-confidence %.2f", extractorVersion, minConfidence);
    }
}
