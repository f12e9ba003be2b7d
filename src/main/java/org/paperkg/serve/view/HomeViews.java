package org.paperkg.serve.view;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.paperkg.domain.EntityType;
import org.paperkg.query.Sparql;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;
import org.paperkg.serve.view.EntityView.Link;
import org.paperkg.serve.view.EntityView.PaperRef;
import org.paperkg.store.StatisticsGraph;

/**
 * Loads the {@link HomeView}. Where the store holds the statistics graph, the entities used and
 * the top ten of each kind come from its rankings at band 0, the newest papers from the ten it
 * names, and the numbers of papers and results from the VoID description written with it (the
 * same numbers, a few hundred nodes read instead of the whole store); else they are aggregated
 * live. Either way the view is kept for a minute rather than recomputed for every visit.
 */
public final class HomeViews {

    private static final Duration KEEP = Duration.ofMinutes(1);

    private static final String COUNTS = """
            SELECT ?papers ?results WHERE {
              { SELECT (COUNT(DISTINCT ?p) AS ?papers) WHERE { ?p a pk:Paper } }
              { SELECT (COUNT(DISTINCT ?r) AS ?results) WHERE { ?x pk:reportsResult ?r } }
            }""";

    private static final String VOID = """
            SELECT ?triples ?modified WHERE { GRAPH ?g { ?d a void:Dataset .
              OPTIONAL { ?d void:triples ?triples } OPTIONAL { ?d dcterms:modified ?modified } } } LIMIT 1""";

    private static final String USED = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?p pk:%s ?e }";

    private static final String TOP = """
            SELECT ?e (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?p) AS ?n) WHERE {
              ?p pk:%s ?e . OPTIONAL { ?e rdfs:label ?l }
            } GROUP BY ?e ORDER BY DESC(?n) ?label LIMIT 10""";

    /** Whether the statistics graph ranks the links (its rankings are read instead of aggregating). */
    private static final String RANKED = "SELECT ?r WHERE { ?r a pk:Ranking } LIMIT 1";

    private static final String USED_RANKED = """
            SELECT ?n WHERE { ?r pk:rankedLink pk:%s ; pk:confidenceBand ?b ; pk:entities ?n . FILTER(?b = 0) }""";

    /**
     * Every ranked count, ordered as {@link #TOP} orders them (ties go by label there too); the first
     * ten are the top ten unless the last ranked count ties with the tenth (see {@link #top}).
     */
    private static final String TOP_RANKED = """
            SELECT ?e (SAMPLE(?l) AS ?label) ?n WHERE {
              ?r pk:rankedLink pk:%s ; pk:confidenceBand ?b . FILTER(?b = 0)
              ?c pk:inRanking ?r ; pk:entity ?e ; pk:papers ?n .
              OPTIONAL { ?e rdfs:label ?l }
            } GROUP BY ?e ?n ORDER BY DESC(?n) ?label""";

    private static final int SHOWN = 10;

    /** The papers and results the VoID description counts (written with the statistics). */
    private static final String COUNTS_DESCRIBED = """
            SELECT ?papers ?results WHERE { GRAPH ?g {
              ?d void:classPartition ?pp , ?rp .
              ?pp void:class pk:Paper ; void:entities ?papers .
              ?rp void:class pk:Result ; void:entities ?results } }""";

    /**
     * The newest papers the statistics name, ordered as {@link #RECENT} orders them; the statistics
     * node is written as its IRI so that Jena starts from it rather than from every paper.
     */
    private static final String RECENT_NAMED = """
            SELECT ?p (SAMPLE(?t) AS ?title) (MAX(?d) AS ?date) WHERE {
              <%s> pk:newestPaper ?p . ?p a pk:Paper ; dcterms:title ?t . OPTIONAL { ?p dcterms:issued ?d }
            } GROUP BY ?p ORDER BY DESC(?date) ?title""";

    private static final String RECENT = StatisticsGraph.NEWEST_PAPERS;

    private final Sparql sparql;
    private final ResourceIris iris;
    private HomeView cached;
    private long cachedAt;

    public HomeViews(Sparql sparql, ResourceIris iris) {
        this.sparql = sparql;
        this.iris = iris;
    }

    public synchronized HomeView load() {
        long now = System.nanoTime();
        if (cached == null || now - cachedAt > KEEP.toNanos()) {
            cached = sparql.read(this::compute);
            cachedAt = now;
        }
        return cached;
    }

    private HomeView compute() {
        boolean ranked = !sparql.select(RANKED).isEmpty();
        String voidGraph = "<" + iris.voidGraph() + ">";
        List<QuerySolution> described = ranked ? sparql.select(COUNTS_DESCRIBED.replace("?g", voidGraph)) : List.of();
        QuerySolution counts = described.isEmpty() ? sparql.select(COUNTS).get(0) : described.get(0);
        List<QuerySolution> voidRows = sparql.select(VOID.replace("?g", voidGraph));
        Map<EntityType, Long> used = new EnumMap<>(EntityType.class);
        Map<EntityType, List<Link>> top = new EnumMap<>(EntityType.class);
        for (EntityType k : EntityType.values()) {
            String link = PK.linkOf(k).getLocalName();
            List<QuerySolution> n = sparql.select((ranked ? USED_RANKED : USED).formatted(link));
            long entities = n.isEmpty() ? 0 : Sparql.longOf(n.get(0), "n");
            used.put(k, entities);
            top.put(k, top(link, ranked, entities));
        }
        List<PaperRef> recent = sparql.select(ranked ? RECENT_NAMED.formatted(iris.statistics()) : RECENT).stream()
                .map(r -> new PaperRef(Sparql.iriOf(r, "p"), Sparql.textOf(r, "title"), Sparql.textOf(r, "date"), false))
                .toList();
        QuerySolution v = voidRows.isEmpty() ? null : voidRows.get(0);
        return new HomeView(Sparql.longOf(counts, "papers"), Sparql.longOf(counts, "results"),
                v == null ? 0 : Sparql.longOf(v, "triples"), v == null ? null : Sparql.textOf(v, "modified"), used, top, recent);
    }

    /**
     * The ten entities most papers link to with {@code link}: from the ranking when the store has
     * one, unless entities past the ranked ones tie with the tenth (a small store where most
     * entities have one paper), which only live aggregation orders by label.
     */
    private List<Link> top(String link, boolean ranked, long entities) {
        if (ranked) {
            List<Link> all = links(sparql.select(TOP_RANKED.formatted(link)));
            // exact when every entity is ranked, or the unranked ones have fewer papers than the tenth
            boolean exact = entities <= all.size()
                    || all.size() > SHOWN && all.get(all.size() - 1).count() < all.get(SHOWN - 1).count();
            if (exact) {
                return all.subList(0, Math.min(SHOWN, all.size()));
            }
        }
        return links(sparql.select(TOP.formatted(link)));
    }

    private static List<Link> links(List<QuerySolution> rows) {
        return rows.stream()
                .map(r -> new Link(Sparql.iriOf(r, "e"), Results.label(r, "label", "e"), Sparql.longOf(r, "n")))
                .toList();
    }
}
