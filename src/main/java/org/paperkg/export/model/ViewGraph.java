package org.paperkg.export.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * A view of the knowledge graph ready to be written: nodes with labels and types, weighted edges,
 * held in a JGraphT graph so the library writers and algorithms (degree, layout) work on it.
 *
 * <pre>{@code
 * ViewGraph g = ViewGraph.undirected("cooccurrence", "Entities used together");
 * g.addNode(bert);
 * g.addNode(squad);
 * g.addEdge(bert.id(), squad.id(), new ViewEdge("cooccurs", 12, date));
 * ViewGraph top = g.top(60, Ranking.WEIGHT);
 * }</pre>
 *
 * <p>Graphs allow parallel edges and loops, since a query view may return two relations between
 * the same pair, or a resource related to itself. The JGraphT graph is weighted with each edge's
 * {@link ViewEdge#weight()}, so JGraphT's writers and algorithms see the weights.
 */
public final class ViewGraph {

    private final String name;
    private final String description;
    private final boolean directed;
    private final Graph<ViewNode, ViewEdge> graph;
    private final Map<String, ViewNode> byId = new LinkedHashMap<>();

    private ViewGraph(String name, String description, boolean directed) {
        this.name = name;
        this.description = description;
        this.directed = directed;
        GraphTypeBuilder<ViewNode, ViewEdge> b = directed ? GraphTypeBuilder.directed() : GraphTypeBuilder.undirected();
        this.graph = b.allowingMultipleEdges(true).allowingSelfLoops(true).weighted(true).buildGraph();
    }

    public static ViewGraph directed(String name, String description) {
        return new ViewGraph(name, description, true);
    }

    public static ViewGraph undirected(String name, String description) {
        return new ViewGraph(name, description, false);
    }

    /** An empty graph of the same name, description and direction. */
    public ViewGraph emptyCopy() {
        return new ViewGraph(name, description, directed);
    }

    /** The view's name, e.g. {@code cooccurrence}; writers use it as the graph's id. */
    public String name() {
        return name;
    }

    /** One sentence saying what the nodes and edges are, written into the file's metadata. */
    public String description() {
        return description;
    }

    public boolean isDirected() {
        return directed;
    }

    /** The JGraphT graph, for writers and algorithms; do not modify it. */
    public Graph<ViewNode, ViewEdge> graph() {
        return graph;
    }

    /** Adds the node unless a node with its id is there already; returns the node the graph holds. */
    public ViewNode addNode(ViewNode node) {
        ViewNode known = byId.get(node.id());
        if (known != null) {
            return known;
        }
        byId.put(node.id(), node);
        graph.addVertex(node);
        return node;
    }

    /** Adds an edge between two nodes already in the graph. */
    public void addEdge(String sourceId, String targetId, ViewEdge edge) {
        ViewNode s = byId.get(sourceId);
        ViewNode t = byId.get(targetId);
        if (s == null || t == null) {
            throw new IllegalArgumentException("edge " + edge.relation() + " from '" + sourceId + "' to '" + targetId
                    + "': " + (s == null ? sourceId : targetId) + " is not a node of view " + name);
        }
        graph.addEdge(s, t, edge);
        graph.setEdgeWeight(edge, edge.weight());
    }

    public ViewNode node(String id) {
        return byId.get(id);
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The nodes in the order they were added. */
    public List<ViewNode> nodes() {
        return List.copyOf(byId.values());
    }

    public Set<ViewEdge> edges() {
        return Collections.unmodifiableSet(graph.edgeSet());
    }

    public ViewNode source(ViewEdge e) {
        return graph.getEdgeSource(e);
    }

    public ViewNode target(ViewEdge e) {
        return graph.getEdgeTarget(e);
    }

    /** Edges at the node, both directions, a loop counted once. */
    public int degree(ViewNode n) {
        return graph.edgesOf(n).size();
    }

    public int maxDegree() {
        int max = 0;
        for (ViewNode n : byId.values()) {
            max = Math.max(max, degree(n));
        }
        return max;
    }

    public int nodeCount() {
        return byId.size();
    }

    public int edgeCount() {
        return graph.edgeSet().size();
    }

    /** How nodes are ranked when a view is cut to its top nodes. */
    public enum Ranking {
        /** Edges at the node in the view. */
        DEGREE,
        /** The node's own weight (papers that use an entity, and so on). */
        WEIGHT
    }

    /**
     * The subgraph on the {@code n} highest-ranked nodes and the edges between them; ties are
     * broken by weight or degree, then by id, so the cut is the same on every run. {@code keep}
     * names nodes that stay whatever their rank (the centre of a neighbourhood).
     */
    public ViewGraph top(int n, Ranking by, Set<String> keep) {
        if (n <= 0 || n >= byId.size()) {
            return this;
        }
        Comparator<ViewNode> degree = Comparator.comparingInt(this::degree);
        Comparator<ViewNode> weight = Comparator.comparingDouble(ViewNode::weight);
        Comparator<ViewNode> order = (by == Ranking.DEGREE ? degree.thenComparing(weight) : weight.thenComparing(degree))
                .reversed().thenComparing(ViewNode::id);
        List<ViewNode> ranked = new ArrayList<>(byId.values());
        ranked.sort(order);
        Set<String> chosen = new HashSet<>(keep);
        for (ViewNode node : ranked) {
            if (chosen.size() >= Math.max(n, keep.size())) {
                break;
            }
            chosen.add(node.id());
        }
        ViewGraph cut = emptyCopy();
        for (ViewNode node : byId.values()) {
            if (chosen.contains(node.id())) {
                cut.addNode(node);
            }
        }
        for (ViewEdge e : graph.edgeSet()) {
            if (chosen.contains(source(e).id()) && chosen.contains(target(e).id())) {
                cut.addEdge(source(e).id(), target(e).id(), e);
            }
        }
        return cut;
    }

    public ViewGraph top(int n, Ranking by) {
        return top(n, by, Set.of());
    }
}
