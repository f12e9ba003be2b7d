package org.paperkg.serve.view;

import java.util.List;
import java.util.Map;
import org.paperkg.rdf.PK;

/**
 * What a paper's page shows.
 *
 * @param iri         the paper
 * @param title       its title
 * @param abstractText its abstract (the cleaned text that evidence offsets point into)
 * @param date        dcterms:issued, or the listing day, or null
 * @param arxivId     the arXiv id, or null
 * @param categories  subject categories
 * @param mentions    the abstract's extracted mentions, by start offset, not overlapping
 * @param facts       the paper's links, by group, most confident first; groups without facts are absent
 * @param results     its reported results
 * @param comparisons "A outperforms B" statements read in it
 * @param sources     the input records it was read from
 */
public record PaperView(String iri, String title, String abstractText, String date, String arxivId,
        List<String> categories, List<Mention> mentions, Map<Group, List<Fact>> facts, List<ResultRow> results,
        List<Comparison> comparisons, List<Source> sources) {

    /** The kinds of facts, in page order, with the property each stands for. */
    public enum Group {
        PROPOSES("Proposes", PK.proposes.getURI()),
        METHODS("Methods", PK.usesMethod.getURI()),
        DATASETS("Datasets", PK.usesDataset.getURI()),
        METRICS("Metrics", PK.usesMetric.getURI()),
        TASKS("Tasks", PK.addressesTask.getURI()),
        CODE("Code", PK.codeRepository.getURI());

        private final String heading;
        private final String property;

        Group(String heading, String property) {
            this.heading = heading;
            this.property = property;
        }

        public String heading() {
            return heading;
        }

        public String property() {
            return property;
        }

        static Group of(String property) {
            for (Group g : values()) {
                if (g.property.equals(property)) {
                    return g;
                }
            }
            return null;
        }
    }

    /**
     * One highlighted span of the abstract.
     *
     * @param start     first character (inclusive)
     * @param end       character after the mention
     * @param property  the link it supports (pk:usesDataset, pk:reportsResult, ...)
     * @param object    what it names
     * @param label     the object's label, for the tooltip
     * @param confidence its confidence
     * @param evidence  the evidence node
     */
    public record Mention(int start, int end, String property, String object, String label, double confidence, String evidence) {
    }

    /**
     * One link of the paper.
     *
     * @param object     what the paper links to
     * @param label      its label
     * @param confidence the highest confidence among its evidence (NaN when it has none)
     * @param evidence   the evidence node with that confidence, or null
     * @param sentence   that evidence's sentence, or null
     * @param evidenceCount how many evidence nodes support it
     */
    public record Fact(String object, String label, double confidence, String evidence, String sentence, int evidenceCount) {
    }

    /** A comparison: {@code better} outperforms {@code baseline}. */
    public record Comparison(String better, String betterLabel, String baseline, String baselineLabel,
            double confidence, String evidence, String sentence) {
    }

    /** A record the paper was read from. */
    public record Source(String file, long line) {
    }
}
