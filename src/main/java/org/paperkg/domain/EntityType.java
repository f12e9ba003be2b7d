package org.paperkg.domain;

/** The four kinds of named thing paperkg extracts; each maps to one ontology class. */
public enum EntityType {
    METHOD("Method", "method"),
    DATASET("Dataset", "dataset"),
    METRIC("Metric", "metric"),
    TASK("Task", "task");

    private final String label;
    private final String pathSegment;

    EntityType(String label, String pathSegment) {
        this.label = label;
        this.pathSegment = pathSegment;
    }

    /** The ontology class's local name and the type name used in gold files ("Method"). */
    public String label() {
        return label;
    }

    /** The IRI path segment under the resource base ("method" in resource/method/bert). */
    public String pathSegment() {
        return pathSegment;
    }

    /** Parses "Method", "method" or "METHOD"; throws with the allowed names otherwise. */
    public static EntityType parse(String name) {
        for (EntityType t : values()) {
            if (t.label.equalsIgnoreCase(name.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException(
                "unknown entity type '" + name + "'; expected one of Method, Dataset, Metric, Task");
    }
}
