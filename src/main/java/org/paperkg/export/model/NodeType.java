package org.paperkg.export.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.paperkg.domain.EntityType;
import org.paperkg.rdf.PK;

/**
 * What a node of an exported view stands for, with the colour every writer paints it in, so a
 * method is the same blue in Gephi, Cytoscape, yEd and Graphviz. An entity kind's label and
 * colour are its {@link EntityType}'s; the others come from the same Okabe-Ito palette, which stays
 * distinguishable for the common forms of colour blindness.
 */
public enum NodeType {
    PAPER("Paper", "#999999"),
    METHOD(EntityType.METHOD),
    DATASET(EntityType.DATASET),
    METRIC(EntityType.METRIC),
    TASK(EntityType.TASK),
    RESULT("Result", "#F0E442"),
    /** An IRI of any other class, or of none (query views). */
    RESOURCE("Resource", "#56B4E9"),
    /** A literal value that a query returned as a node. */
    LITERAL("Literal", "#D55E00");

    private final String label;
    private final String colour;
    private final EntityType entityType;

    NodeType(String label, String colour) {
        this.label = label;
        this.colour = colour;
        this.entityType = null;
    }

    NodeType(EntityType entityType) {
        this.label = entityType.label();
        this.colour = entityType.colour();
        this.entityType = entityType;
    }

    /** The entity kind this node type stands for, or null for papers, results, resources, literals. */
    public EntityType entityType() {
        return entityType;
    }

    /** The entity kinds among {@code types} (papers, results and the rest have none). */
    public static Set<EntityType> kinds(Collection<NodeType> types) {
        Set<EntityType> kinds = EnumSet.noneOf(EntityType.class);
        types.stream().map(NodeType::entityType).filter(Objects::nonNull).forEach(kinds::add);
        return kinds;
    }

    /** The node type a paper-to-entity link property leads to, by the property's IRI. */
    public static NodeType ofLink(String linkIri) {
        return of(PK.kindOfLink(linkIri)
                .orElseThrow(() -> new IllegalArgumentException("not a paper-to-entity link: " + linkIri)));
    }

    /** The node type of an entity kind. */
    public static NodeType of(EntityType type) {
        for (NodeType t : values()) {
            if (t.entityType == type) {
                return t;
            }
        }
        throw new IllegalStateException("no node type for " + type);
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
