package org.paperkg.export.view;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.export.model.NodeDate;
import org.paperkg.export.model.NodeType;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewGraph.Ranking;
import org.paperkg.export.model.ViewNode;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.export.view.EntityStats.EntityRow;
import org.paperkg.export.view.EntityStats.Ranked;
import org.paperkg.query.Sparql;

/**
 * Entities linked when papers use them together, each edge weighted by the number of such papers:
 * either any entities with any ({@code cooccurrence}), or methods with datasets
 * ({@code method-dataset}).
 *
 * <p>It runs in three steps inside the caller's read transaction: count the papers of every entity
 * (one row per entity), keep the top N of them in a heap of size N, then count papers per pair with
 * a SPARQL aggregate restricted by VALUES to the kept entities. So with {@code --top N} the pairs
 * held in memory are at most N²/2, whatever the size of the store. Each row of the pair pattern is
 * one paper (a link is stated once, in its paper's graph, and a paper has at most one date of each
 * kind), so plain COUNTs count papers without holding a set of them per pair.
 */
final class CooccurrenceView implements View {

    private final String name;
    private final String description;
    private final Set<NodeType> sideA;
    private final Set<NodeType> sideB;
    private final boolean sameSide;

    private CooccurrenceView(String name, String description, Set<NodeType> sideA, Set<NodeType> sideB, boolean sameSide) {
        this.name = name;
        this.description = description;
        this.sideA = sideA;
        this.sideB = sideB;
        this.sameSide = sameSide;
    }

    /** Entities of the requested types with each other; the types come from the request. */
    static CooccurrenceView entities() {
        return new CooccurrenceView("cooccurrence", "Entities linked when papers use them together; "
                + "edge weight = number of papers", null, null, true);
    }

    static CooccurrenceView methodDataset() {
        return new CooccurrenceView("method-dataset", "Methods linked to the datasets papers use them with; "
                + "edge weight = number of papers", EnumSet.of(NodeType.METHOD), EnumSet.of(NodeType.DATASET), false);
    }

    @Override
    public ViewGraph compute(ViewContext ctx) {
        ViewRequest req = ctx.request();
        Set<NodeType> a = sameSide ? req.entityTypes() : sideA;
        Set<NodeType> b = sameSide ? a : sideB;
        Set<NodeType> all = EnumSet.copyOf(a);
        all.addAll(b);
        int minWeight = req.intParam("min-weight", 1, 1, Integer.MAX_VALUE);

        Map<String, EntityRow> kept = selectEntities(ctx, all, a, b);
        Map<String, NodeDate> first = EntityStats.firstDates(ctx, all, kept.keySet());
        kept.replaceAll((iri, row) -> row.withFirst(first.getOrDefault(iri, NodeDate.NONE)));
        Map<String, EntityRow> keptA = new LinkedHashMap<>();
        Map<String, EntityRow> keptB = new LinkedHashMap<>();
        kept.forEach((iri, row) -> {
            if (a.contains(row.type())) {
                keptA.put(iri, row);
            }
            if (b.contains(row.type())) {
                keptB.put(iri, row);
            }
        });

        NodeIds ids = ctx.ids();
        Map<String, NodeDetails.Details> details = NodeDetails.lookup(ctx.dataset(), kept.keySet());
        ViewGraph g = ViewGraph.undirected(name, description);
        for (EntityRow row : kept.values()) {
            NodeDetails.Details d = details.get(row.iri());
            g.addNode(new ViewNode(ids.id(row.iri()), d.label(), row.type(), row.iri(), row.papers(), row.first()));
        }
        if (kept.isEmpty()) {
            return g;
        }
        boolean restrict = req.top() > 0;
        Double min = req.minConfidence();
        String q = """
                SELECT ?a ?b (COUNT(?p) AS ?w) %s WHERE {
                  %s
                  %s
                  %s
                  ?p ?lb ?b .
                  %s
                  %s
                  %s
                  %s
                } GROUP BY ?a ?b HAVING (COUNT(?p) >= %d)""".formatted(NodeDates.FIRST_DATES,
                restrict ? Sparql.values("a", keptA.keySet()) : "",
                Sparql.linkValues("la", NodeType.kinds(a)), Sparql.link("p", "la", "a", min),
                Sparql.linkIn("lb", NodeType.kinds(b)),
                (restrict ? Sparql.in("b", keptB.keySet()) : "")
                        + (sameSide ? "\n  FILTER(STR(?a) < STR(?b))" : "\n  FILTER(?a != ?b)"),
                Sparql.confident("p", "lb", "b", min),
                NodeDates.PAPER_DATES, minWeight);
        Sparql.select(ctx.dataset(), q, s -> {
            String ia = s.getResource("a").getURI();
            String ib = s.getResource("b").getURI();
            if (kept.containsKey(ia) && kept.containsKey(ib)) {
                g.addEdge(ids.id(ia), ids.id(ib), new ViewEdge("cooccurs", Sparql.longOf(s, "w"),
                        NodeDates.of(Sparql.textOf(s, "i"), Sparql.textOf(s, "l"))));
            }
        });
        return g;
    }

    /** The entities the view shows: all of them, or the top N by papers or by co-occurrence degree. */
    private Map<String, EntityRow> selectEntities(ViewContext ctx, Set<NodeType> all, Set<NodeType> a, Set<NodeType> b) {
        ViewRequest req = ctx.request();
        Map<String, EntityRow> kept = new LinkedHashMap<>();
        if (req.top() == 0 || req.topBy() == Ranking.WEIGHT) {
            TopRows<EntityRow> top = new TopRows<>(req.top(), EntityStats.MOST_PAPERS_FIRST);
            EntityStats.forEachEntity(ctx, all, top::offer);
            for (EntityRow row : top.best()) {
                kept.put(row.iri(), row);
            }
            return kept;
        }
        TopRows<Ranked> top = new TopRows<>(req.top(), Ranked.BEST_FIRST);
        EntityStats.forEachCooccurrenceDegree(ctx, a, b, top::offer);
        if (!sameSide) {
            EntityStats.forEachCooccurrenceDegree(ctx, b, a, top::offer);
        }
        Set<String> chosen = new HashSet<>();
        for (Ranked r : top.best()) {
            chosen.add(r.iri());
        }
        Map<String, EntityRow> rows = new HashMap<>();
        EntityStats.forEachEntity(ctx, all, row -> {
            if (chosen.contains(row.iri())) {
                rows.put(row.iri(), row);
            }
        });
        List<Ranked> order = new ArrayList<>(top.best());
        for (Ranked r : order) {
            EntityRow row = rows.get(r.iri());
            if (row != null) {
                kept.put(r.iri(), row);
            }
        }
        return kept;
    }
}
