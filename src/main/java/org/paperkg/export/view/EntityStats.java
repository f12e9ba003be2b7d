package org.paperkg.export.view;

import java.util.Comparator;
import java.util.Set;
import java.util.function.Consumer;
import org.paperkg.export.NodeDate;
import org.paperkg.export.NodeType;

/**
 * Per-entity counts with SPARQL aggregates: how many papers use each entity, when the first of them
 * appeared, and with how many other entities it co-occurs. Jena groups in memory, so these hold
 * one row per entity (or, for co-occurrence degree, the distinct neighbours of each entity).
 */
final class EntityStats {

    /** One entity: how many papers use it and the earliest of their dates. */
    record EntityRow(String iri, NodeType type, long papers, NodeDate first) {
    }

    /** One ranked id with its rank value, for {@link TopRows}. */
    record Ranked(String iri, long value) {
        static final Comparator<Ranked> BEST_FIRST = Comparator.comparingLong(Ranked::value).reversed()
                .thenComparing(Ranked::iri);
    }

    private EntityStats() {
    }

    static final Comparator<EntityRow> MOST_PAPERS_FIRST = Comparator.comparingLong(EntityRow::papers).reversed()
            .thenComparing(EntityRow::iri);

    /** Every entity of the given types that some paper links to (with enough confidence). */
    static void forEachEntity(ViewContext ctx, Set<NodeType> types, Consumer<EntityRow> row) {
        String q = """
                SELECT ?e ?link (COUNT(DISTINCT ?p) AS ?n) %s WHERE {
                  %s
                  %s
                  %s
                } GROUP BY ?e ?link""".formatted(Dates.FIRST_DATES, Sparql.linkValues("link", types),
                Sparql.link("p", "link", "e", ctx.request().minConfidence()), Dates.PAPER_DATES);
        Sparql.select(ctx.dataset(), q, s -> row.accept(new EntityRow(s.getResource("e").getURI(),
                Sparql.typeOfLink(s.getResource("link").getURI()), Sparql.longOf(s, "n"),
                Dates.of(Sparql.stringOf(s, "i"), Sparql.stringOf(s, "l")))));
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
                } GROUP BY ?a""".formatted(Sparql.linkValues("la", side), Sparql.link("p", "la", "a", min),
                Sparql.linkIn("lb", other),
                Sparql.confident("p", "lb", "b", min));
        Sparql.select(ctx.dataset(), q, s -> row.accept(new Ranked(s.getResource("a").getURI(), Sparql.longOf(s, "n"))));
    }
}
