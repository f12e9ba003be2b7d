package org.paperkg.export.model;

import java.util.Objects;

/**
 * An edge of an exported view. Edges are compared by identity, as JGraphT requires of edge
 * objects; the graph itself holds the source and target.
 */
public final class ViewEdge {

    private final String relation;
    private final double weight;
    private final NodeDate date;

    /**
     * @param relation what the edge says: a property's local name ({@code usesMethod}) or the view's
     *                 name for it ({@code cooccurs})
     * @param weight   papers behind the edge, a link's confidence, or a query's ?weight
     * @param date     the earliest paper behind the edge, for timelines
     */
    public ViewEdge(String relation, double weight, NodeDate date) {
        this.relation = Objects.requireNonNull(relation, "relation");
        this.weight = weight;
        this.date = Objects.requireNonNull(date, "date");
    }

    public String relation() {
        return relation;
    }

    public double weight() {
        return weight;
    }

    public NodeDate date() {
        return date;
    }

    @Override
    public String toString() {
        return relation + "(" + weight + ")";
    }
}
