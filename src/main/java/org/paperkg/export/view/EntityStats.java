package org.paperkg.export.view;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.paperkg.export.model.NodeDate;
import org.paperkg.export.model.NodeType;
import org.paperkg.query.Sparql;

/**
 * Per-entity counts with SPARQL aggregates: how many papers use each entity, when the first of them
 * appeared, and with how many other entities it co-occurs. Jena groups in memory, so these hold
 * one row per entity (or, for co-occurrence degree, the distinct neighbours of each entity).
 */
final class EntityStats {

    /** One entity: how many papers use it and the earliest of their dates (once looked up). */
    record EntityRow(String iri, NodeType type, long papers, NodeDate first) {
        EntityRow withFirst(NodeDate date) {
            return new EntityRow(iri, type, papers, date);
        }
    }

    /** One ranked id with its rank value, for {@link TopRows}. */
    record Ranked(String iri, long value) {
        static final Comparator<Ranked> BEST_FIRST = Comparator.comparingLong(Ranked::value).reversed()
                .thenComparing(Ranked::iri);
    }

    private static final int BATCH = 400;

    private EntityStats() {
    }

    static final Comparator<EntityRow> MOST_PAPERS_FIRST = Comparator.comparingLong(EntityRow::papers).reversed()
            .thenComparing(EntityRow::iri);

    /**
     * Every entity of the given types that some paper links to (with enough confidence), with the
     * number of such papers; dates are left unknown (see {@link #firstDates}), so that ranking all
     * entities does not join every link with its paper's dates. A link is stated once, in its
     * paper's own graph, so each row of the pattern is one paper and a plain COUNT needs no set of
     * papers per entity.
     */
    static void forEachEntity(ViewContext ctx, Set<NodeType> types, Consumer<EntityRow> row) {
        String q = """
                SELECT ?e ?link (COUNT(?p) AS ?n) WHERE {
                  %s
                  %s
                } GROUP BY ?e ?link""".formatted(Sparql.linkValues("link", NodeType.kinds(types)),
                Sparql.link("p", "link", "e", ctx.request().minConfidence()));
        Sparql.select(ctx.dataset(), q, s -> row.accept(new EntityRow(s.getResource("e").getURI(),
                NodeType.ofLink(s.getResource("link").getURI()), Sparql.longOf(s, "n"), NodeDate.NONE)));
    }

    /** The earliest date and listing day of the papers that use each of {@code iris}, in batches. */
    static Map<String, NodeDate> firstDates(ViewContext ctx, Set<NodeType> types, Collection<String> iris) {
        Map<String, NodeDate> out = new HashMap<>();
        List<String> all = new ArrayList<>(iris);
        for (int i = 0; i < all.size(); i += BATCH) {
            String q = """
                    SELECT ?e %s WHERE {
                      %s
                      %s
                      %s
                      %s
                    } GROUP BY ?e""".formatted(NodeDates.FIRST_DATES, Sparql.values("e", all.subList(i, Math.min(all.size(), i + BATCH))),
                    Sparql.linkValues("link", NodeType.kinds(types)), Sparql.link("p", "link", "e", ctx.request().minConfidence()),
                    NodeDates.PAPER_DATES);
            Sparql.select(ctx.dataset(), q, s -> out.put(s.getResource("e").getURI(),
                    NodeDates.of(Sparql.textOf(s, "i"), Sparql.textOf(s, "l"))));
        }
        return out;
    }

    /**
     * For every entity of {@code side}, the number of distinct entities of {@code other} that share
     * a paper with it: its degree in the co-occurrence graph. Memory grows with the number of
     * distinct pairs, which is why ranking by weight is the default.
     */
    static void forEachCooccurrenceDegree(ViewContext ctx, Set<NodeType> side, Set<NodeType> other,
                                          Consumer<Ranked> row) {
        Double min = ctx.request().minConfidence();
        String q = """
                SELECT ?a (COUNT(DISTINCT ?b) AS ?n) WHERE {
                  %s
                  %s
                  ?p ?lb ?b .
                  %s
                  FILTER(?a != ?b)
                  %s
                } GROUP BY ?a""".formatted(Sparql.linkValues("la", NodeType.kinds(side)), Sparql.link("p", "la", "a", min),
                Sparql.linkIn("lb", NodeType.kinds(other)),
                Sparql.confident("p", "lb", "b", min));
        Sparql.select(ctx.dataset(), q, s -> row.accept(new Ranked(s.getResource("a").getURI(), Sparql.longOf(s, "n"))));
    }
}
