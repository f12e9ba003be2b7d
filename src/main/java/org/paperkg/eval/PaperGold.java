package org.paperkg.eval;

import java.util.List;
import java.util.Objects;
import org.paperkg.ingest.SourceRef;

/**
 * What a knowledge graph should say about one paper, as annotated by hand under
 * {@code GOLD-GUIDELINES.md}.
 *
 * @param gid      the annotator's stable id
 * @param title    the paper's title as in the input, used to find the paper
 * @param proposed things the paper introduces and names
 * @param methods  methods, models and techniques named
 * @param datasets datasets and benchmarks named
 * @param metrics  evaluation metrics named
 * @param tasks    research tasks addressed
 * @param results  numeric results stated
 * @param code     repository and project URLs, exactly as written
 * @param source   the gold file and line
 */
public record PaperGold(
        String gid,
        String title,
        List<GoldProposed> proposed,
        List<GoldEntry> methods,
        List<GoldEntry> datasets,
        List<GoldEntry> metrics,
        List<GoldEntry> tasks,
        List<GoldResult> results,
        List<GoldEntry> code,
        SourceRef source) {

    public PaperGold {
        Objects.requireNonNull(gid, "gid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        proposed = List.copyOf(proposed);
        methods = List.copyOf(methods);
        datasets = List.copyOf(datasets);
        metrics = List.copyOf(metrics);
        tasks = List.copyOf(tasks);
        results = List.copyOf(results);
        code = List.copyOf(code);
    }
}
