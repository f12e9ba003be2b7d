package org.paperkg.export.model;

import java.util.Objects;

/**
 * A node of an exported view. Its identity is {@link #id}, so two nodes with the same id are the
 * same node in a {@link ViewGraph}.
 *
 * @param id     a short stable identifier: the IRI relative to the resource base
 *               ({@code method/resnet-50}, {@code paper/arxiv-1512.03385}), else the whole IRI,
 *               or {@code literal:TEXT} for a literal
 * @param label  the human-readable name (an entity's label, a paper's title); never an IRI
 * @param type   what the node stands for
 * @param iri    the node's IRI, or the empty string for a literal
 * @param weight the view's measure of the node's size: papers that use an entity, entities a
 *               paper uses, or the sum of the weights of its edges in a query view
 * @param date   when it first appears, for timelines
 */
public record ViewNode(String id, String label, NodeType type, String iri, double weight, NodeDate date) {

    public ViewNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(date, "date");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("node id must not be empty (label '" + label + "')");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ViewNode n && n.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
