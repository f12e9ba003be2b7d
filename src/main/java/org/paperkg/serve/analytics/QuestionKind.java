package org.paperkg.serve.analytics;

import java.util.List;

/**
 * The kinds of question the Analytics index groups the catalogue by, in the order it shows
 * them. A query belongs to the first kind that lists its name; one no kind lists goes under
 * {@link #OTHER}, so a new catalogue query always appears.
 */
enum QuestionKind {

    POPULARITY("Popularity", "What the literature uses most.",
            List.of("top-methods", "top-datasets", "top-metrics", "top-tasks", "tasks-by-proposed-methods")),
    LEADERBOARDS("Leaderboards", "Who reports the best result, and what beats what.",
            List.of("leaderboard", "outperforms")),
    TRENDS("Trends", "How attention moves over time.",
            List.of("trend", "fastest-growing-methods", "new-artefacts")),
    RELATIONS("Relations", "What is used with what.",
            List.of("datasets-for-method", "methods-for-dataset", "methods-for-task", "tasks-for-dataset",
                    "method-dataset-matrix", "similar-papers", "papers-using", "cooccurrence-network",
                    "paper-neighbourhood")),
    QUALITY("Quality and coverage", "How complete and how certain the graph is.",
            List.of("code-per-task", "papers-with-code", "aliases", "acronyms", "low-confidence-facts")),
    OTHER("Other questions", "Further queries of the catalogue.", List.of());

    private final String heading;
    private final String sentence;
    private final List<String> queries;

    QuestionKind(String heading, String sentence, List<String> queries) {
        this.heading = heading;
        this.sentence = sentence;
        this.queries = queries;
    }

    String heading() {
        return heading;
    }

    String sentence() {
        return sentence;
    }

    /** The kind of the query called {@code name}. */
    static QuestionKind of(String name) {
        for (QuestionKind k : values()) {
            if (k.queries.contains(name)) {
                return k;
            }
        }
        return OTHER;
    }
}
