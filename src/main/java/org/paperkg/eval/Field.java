package org.paperkg.eval;

import org.paperkg.domain.EntityType;

/** The parts of a paper-level gold record that are scored, each on its own and overall. */
public enum Field {
    PROPOSED("proposed", null),
    METHODS("methods", EntityType.METHOD),
    DATASETS("datasets", EntityType.DATASET),
    METRICS("metrics", EntityType.METRIC),
    TASKS("tasks", EntityType.TASK),
    /** Metric and value agree; dataset and method are not checked. */
    RESULTS("results", null),
    /** Metric, value and dataset agree (both absent counts as agreeing); the method is not checked. */
    RESULTS_DATASET("results+dataset", null),
    /** Metric, value, dataset and method all agree: the leaderboard tuple, the strictest view. */
    RESULTS_FULL("results-full", null),
    CODE("code", null);

    private final String label;
    private final EntityType entityType;

    Field(String label, EntityType entityType) {
        this.label = label;
        this.entityType = entityType;
    }

    /** The name printed in reports and used as JSON key. */
    public String label() {
        return label;
    }

    /** The entity type the field lists, or null for proposed, results and code. */
    public EntityType entityType() {
        return entityType;
    }

    /**
     * True for the fields summed into the overall score; the stricter views of the results are
     * left out because they count the same results a second time.
     */
    public boolean inOverall() {
        return this != RESULTS_DATASET && this != RESULTS_FULL;
    }

    /** True for the entity links whose confidence calibration is measured. */
    public boolean calibrated() {
        return this == PROPOSED || entityType != null;
    }
}
