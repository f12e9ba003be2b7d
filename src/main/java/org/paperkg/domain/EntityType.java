package org.paperkg.domain;

import java.util.Optional;

/**
 * The four kinds of named thing paperkg extracts, and everything known about each: the ontology
 * class, the property a paper links to it with, the IRI folder its entities are minted in, and
 * the colour every export paints it in. Every other class asks this enum (Jena terms for these
 * names are made by {@code rdf.PK.classOf} and {@code rdf.PK.linkOf}); nobody re-types the mapping.
 */
public enum EntityType {
    METHOD("Method", "usesMethod", "method", "#0072B2"),
    DATASET("Dataset", "usesDataset", "dataset", "#E69F00"),
    METRIC("Metric", "usesMetric", "metric", "#009E73"),
    TASK("Task", "addressesTask", "task", "#CC79A7");

    private final String label;
    private final String linkLocalName;
    private final String pathSegment;
    private final String colour;

    EntityType(String label, String linkLocalName, String pathSegment, String colour) {
        this.label = label;
        this.linkLocalName = linkLocalName;
        this.pathSegment = pathSegment;
        this.colour = colour;
    }

    /** The ontology class's local name and the type name used in gold files ("Method"). */
    public String label() {
        return label;
    }

    /** The local name of the ontology property a paper links to such an entity with ("usesMethod"). */
    public String linkLocalName() {
        return linkLocalName;
    }

    /** The IRI path segment under the resource base ("method" in resource/method/bert). */
    public String pathSegment() {
        return pathSegment;
    }

    /**
     * The fill colour in exports, as {@code #RRGGBB}: from the Okabe-Ito palette, which stays
     * distinguishable for the common forms of colour blindness.
     */
    public String colour() {
        return colour;
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

    /** The kind whose ontology class has this local name ("Method"), if any. */
    public static Optional<EntityType> ofClassName(String localName) {
        for (EntityType t : values()) {
            if (t.label.equals(localName)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The kind a paper-to-entity link property leads to, by the property's local name ("usesMethod"). */
    public static Optional<EntityType> ofLinkName(String linkLocalName) {
        for (EntityType t : values()) {
            if (t.linkLocalName.equals(linkLocalName)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
