package org.paperkg.serve.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.paperkg.domain.EntityType;
import org.paperkg.query.Sparql;
import org.paperkg.rdf.PK;
import org.paperkg.serve.view.EntityView.Link;
import org.paperkg.serve.view.EntityView.PaperRef;
import org.paperkg.store.StatisticsGraph;

/** Loads {@link EntityView}s. */
public final class EntityViews {

    /** Papers per page of an entity's paper list. */
    public static final int PAGE_SIZE = 25;

    /** Rows read for an entity's results tables. */
    static final int MAX_RESULTS = 500;

    /** Any link from a paper to an entity. */
    static final String ANY_LINK = "pk:proposes|pk:usesMethod|pk:usesDataset|pk:usesMetric|pk:addressesTask|pk:mentions";

    private static final String KIND = "SELECT DISTINCT ?type WHERE { ?e a ?type }";

    private static final String NAMES = """
            SELECT ?label ?pref ?alt ?hib WHERE {
              { ?e rdfs:label ?label } UNION { ?e skos:prefLabel ?pref } UNION { ?e skos:altLabel ?alt }
              UNION { ?e pk:higherIsBetter ?hib }
            }""";

    private static final String FAMILY = """
            SELECT DISTINCT ?rel ?o (SAMPLE(?l) AS ?label) WHERE {
              { ?e skos:broader ?o BIND("broader" AS ?rel) } UNION { ?o skos:broader ?e BIND("narrower" AS ?rel) }
              UNION { ?e skos:exactMatch ?o BIND("exact" AS ?rel) }
              OPTIONAL { ?o rdfs:label ?l }
            } GROUP BY ?rel ?o ORDER BY ?label""";

    private static final String PAPER_COUNT = "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p " + ANY_LINK + " ?e }";

    private static final String PAPERS = """
            SELECT ?p (SAMPLE(?t) AS ?title) (MAX(?d) AS ?date) (MAX(?prop) AS ?proposes) WHERE {
              { ?p pk:proposes ?e BIND(1 AS ?prop) } UNION { ?p %s ?e BIND(0 AS ?prop) }
              ?p dcterms:title ?t .
              OPTIONAL { ?p dcterms:issued ?d }
            } GROUP BY ?p ORDER BY DESC(?date) ?title LIMIT %d OFFSET %d""";

    /**
     * The entities of one kind most often named with ?e. The entity's papers are found once and
     * the labels joined after counting: on the full arXiv store this takes a third of the time of
     * one pattern with the labels inside the grouping.
     */
    private static final String RELATED = """
            SELECT ?o (SAMPLE(?l) AS ?label) ?n WHERE {
              { SELECT ?o (COUNT(DISTINCT ?p) AS ?n) WHERE {
                  { SELECT DISTINCT ?p WHERE { ?p %s ?e } }
                  ?p pk:%s ?o .
                  FILTER(?o != ?e)
                } GROUP BY ?o }
              OPTIONAL { ?o rdfs:label ?l }
            } GROUP BY ?o ?n ORDER BY DESC(?n) ?label LIMIT 10""";

    private static final String RESULTS = "SELECT " + Results.COLUMNS + " WHERE {\n"
            + "{ ?r pk:dataset ?e } UNION { ?r pk:method ?e } UNION { ?r pk:metric ?e }\n"
            + Results.PATTERN + "} LIMIT " + MAX_RESULTS;

    /** The entity's papers per period (the periods of {@link StatisticsGraph#PAPER_PERIOD}). */
    private static final String PERIODS = "SELECT ?period (COUNT(DISTINCT ?p) AS ?n) WHERE {\n  ?p " + ANY_LINK + " ?e ."
            + StatisticsGraph.PAPER_PERIOD + "\n} GROUP BY ?period";

    /** The store's papers per period from the statistics graph, when it holds them. */
    private static final String ALL_PERIODS_COUNTED = "SELECT ?period ?n WHERE { ?c a pk:PeriodCount ; pk:period ?period ; pk:papers ?n }";

    private final Sparql sparql;

    public EntityViews(Sparql sparql) {
        this.sparql = sparql;
    }

    /** The kind of entity {@code iri} is, or null when it is none of them. */
    public EntityType kindOf(String iri) {
        for (QuerySolution r : sparql.select(KIND, Map.of("e", Sparql.iri(iri)))) {
            String type = Sparql.iriOf(r, "type");
            for (EntityType k : EntityType.values()) {
                if ((PK.NS + k.label()).equals(type)) {
                    return k;
                }
            }
        }
        return null;
    }

    /** The entity's page {@code page} (from 1), or null when it is not an entity. */
    public EntityView load(String iri, int page) {
        return sparql.read(() -> {
            EntityType kind = kindOf(iri);
            if (kind == null) {
                return null;
            }
            Map<String, RDFNode> b = Map.of("e", Sparql.iri(iri));
            String label = null;
            String pref = null;
            List<String> alts = new ArrayList<>();
            Boolean hib = null;
            for (QuerySolution r : sparql.select(NAMES, b)) {
                label = min(label, Sparql.textOf(r, "label"));
                pref = min(pref, Sparql.textOf(r, "pref"));
                String alt = Sparql.textOf(r, "alt");
                if (alt != null && !alts.contains(alt)) {
                    alts.add(alt);
                }
                hib = r.contains("hib") ? Sparql.booleanOf(r, "hib") : hib;
            }
            String name = pref != null ? pref : label != null ? label : Results.lastSegment(iri);
            alts.sort(String.CASE_INSENSITIVE_ORDER);
            Map<String, List<Link>> family = new LinkedHashMap<>();
            for (QuerySolution r : sparql.select(FAMILY, b)) {
                family.computeIfAbsent(Sparql.textOf(r, "rel"), k -> new ArrayList<>())
                        .add(new Link(Sparql.iriOf(r, "o"), Results.label(r, "label", "o"), 0));
            }
            long count = Sparql.longOf(sparql.select(PAPER_COUNT, b).get(0), "n");
            int pages = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
            int p = Math.min(Math.max(page, 1), pages);
            List<PaperRef> papers = sparql.select(PAPERS.formatted(ANY_LINK, PAGE_SIZE, (p - 1) * PAGE_SIZE), b).stream()
                    .map(r -> new PaperRef(Sparql.iriOf(r, "p"), Sparql.textOf(r, "title"), Sparql.textOf(r, "date"),
                            Sparql.longOf(r, "proposes") > 0))
                    .toList();
            List<String> exact = family.getOrDefault("exact", List.of()).stream().map(Link::iri).toList();
            return new EntityView(iri, kind, name, alts, family.getOrDefault("broader", List.of()),
                    family.getOrDefault("narrower", List.of()), exact, hib, papers, count, p, PAGE_SIZE,
                    related(kind, b), results(kind, b), periods(b));
        });
    }

    /** For each kind worth showing next to this one, the entities most often used together with it. */
    private Map<String, List<Link>> related(EntityType kind, Map<String, RDFNode> b) {
        List<EntityType> others = switch (kind) {
            case METHOD -> List.of(EntityType.DATASET, EntityType.TASK, EntityType.METHOD);
            case DATASET -> List.of(EntityType.METHOD, EntityType.METRIC, EntityType.TASK);
            case METRIC -> List.of(EntityType.DATASET, EntityType.METHOD);
            case TASK -> List.of(EntityType.DATASET, EntityType.METHOD, EntityType.METRIC);
        };
        Map<String, List<Link>> out = new LinkedHashMap<>();
        for (EntityType o : others) {
            List<Link> links = sparql.select(RELATED.formatted(ANY_LINK, PK.linkOf(o).getLocalName()), b).stream()
                    .map(r -> new Link(Sparql.iriOf(r, "o"), Results.label(r, "label", "o"), Sparql.longOf(r, "n")))
                    .toList();
            if (!links.isEmpty()) {
                out.put((o.label() + "s") + " used with it", links);
            }
        }
        return out;
    }

    /**
     * The papers that name the entity per period, beside all papers of each period (from the
     * statistics graph when it counts them), in period order.
     */
    private List<EntityView.Period> periods(Map<String, RDFNode> b) {
        Map<String, Long> named = new LinkedHashMap<>();
        sparql.select(PERIODS, b).forEach(r -> named.put(Sparql.textOf(r, "period"), Sparql.longOf(r, "n")));
        if (named.isEmpty()) {
            return List.of();
        }
        Map<String, Long> all = new TreeMap<>();
        List<QuerySolution> counted = sparql.select(ALL_PERIODS_COUNTED);
        (counted.isEmpty() ? sparql.select(StatisticsGraph.PAPERS_PER_PERIOD) : counted)
                .forEach(r -> all.put(Sparql.textOf(r, "period"), Sparql.longOf(r, "n")));
        List<EntityView.Period> out = new ArrayList<>();
        all.forEach((period, n) -> out.add(new EntityView.Period(period, named.getOrDefault(period, 0L), n)));
        return out;
    }

    /** Results tables: a dataset's by metric, a metric's by dataset, a method's or task's by metric and dataset. */
    private List<Leaderboard> results(EntityType kind, Map<String, RDFNode> b) {
        List<ResultRow> rows = Results.rows(sparql.select(RESULTS, b));
        return Results.leaderboards(rows, switch (kind) {
            case DATASET -> ResultRow::metricLabel;
            case METRIC -> r -> r.datasetLabel() == null ? "no dataset named" : r.datasetLabel();
            case METHOD, TASK -> r -> r.metricLabel() + (r.datasetLabel() == null ? "" : " on " + r.datasetLabel());
        });
    }

    private static String min(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
