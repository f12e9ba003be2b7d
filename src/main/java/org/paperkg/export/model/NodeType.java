package org.paperkg.export.model;

import java.util.Locale;

/**
 * What a node of an exported view stands for, with the colour every writer paints it in, so a
 * method is the same blue in Gephi, Cytoscape, yEd and Graphviz. The colours are the Okabe-Ito
 * palette, which stays distinguishable for the common forms of colour blindness.
 */
public enum NodeType {
    PAPER("Paper", "#999999"),
    METHOD("Method", "#0072B2"),
    DATASET("Dataset", "#E69F00"),
    METRIC("Metric", "#009E73"),
    TASK("Task", "#CC79A7"),
    RESULT("Result", "#F0E442"),
    /** An IRI of any other class, or of none (query views). */
    RESOURCE("Resource", "#56B4E9"),
    /** A literal value that a query returned as a node. */
    LITERAL("Literal", "#D55E00");

    private final String label;
    private final String colour;

    NodeType(String label, String colour) {
        this.label = label;
        this.colour = colour;
    }

    /** The name written in the files ("Method"); it is the ontology class's local name where there is one. */
    public String label() {
        return label;
    }

    /** The fill colour as {@code #RRGGBB}. */
    public String colour() {
        return colour;
    }

    public int red() {
        return Integer.parseInt(colour.substring(1, 3), 16);
    }

    public int green() {
        return Integer.parseInt(colour.substring(3, 5), 16);
    }

    public int blue() {
        return Integer.parseInt(colour.substring(5, 7), 16);
    }

    /** The type whose ontology class has this local name ("Method"), or {@link #RESOURCE}. */
    public static NodeType ofClassName(String localName) {
        for (NodeType t : values()) {
            if (t != RESOURCE && t != LITERAL && t.label.equals(localName)) {
                return t;
            }
        }
        return RESOURCE;
    }

    /** Parses "method", "Method" or "METHOD"; throws with the allowed names otherwise. */
    public static NodeType parse(String name) {
        for (NodeType t : values()) {
            if (t.label.equalsIgnoreCase(name.strip()) || t.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown node type '" + name
                + "'; expected one of Paper, Method, Dataset, Metric, Task, Result, Resource, Literal");
    }
}
