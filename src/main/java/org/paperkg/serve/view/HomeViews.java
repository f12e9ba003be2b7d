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

/**
 * Loads the {@link HomeView}. Its counts aggregate over the whole store, so the view is kept for
 * a minute rather than recomputed for every visit.
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

    private static final String RECENT = """
            SELECT ?p (SAMPLE(?t) AS ?title) (MAX(?d) AS ?date) WHERE {
              ?p a pk:Paper ; dcterms:title ?t . OPTIONAL { ?p dcterms:issued ?d }
            } GROUP BY ?p ORDER BY DESC(?date) ?title LIMIT 10""";

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
        QuerySolution counts = sparql.select(COUNTS).get(0);
        List<QuerySolution> voidRows = sparql.select(VOID.replace("?g", "<" + iris.voidGraph() + ">"));
        Map<EntityType, Long> used = new EnumMap<>(EntityType.class);
        Map<EntityType, List<Link>> top = new EnumMap<>(EntityType.class);
        for (EntityType k : EntityType.values()) {
            used.put(k, Sparql.longOf(sparql.select(USED.formatted(PK.linkOf(k).getLocalName())).get(0), "n"));
            top.put(k, sparql.select(TOP.formatted(PK.linkOf(k).getLocalName())).stream()
                    .map(r -> new Link(Sparql.iriOf(r, "e"), Results.label(r, "label", "e"), Sparql.longOf(r, "n")))
                    .toList());
        }
        List<PaperRef> recent = sparql.select(RECENT).stream()
                .map(r -> new PaperRef(Sparql.iriOf(r, "p"), Sparql.textOf(r, "title"), Sparql.textOf(r, "date"), false))
                .toList();
        QuerySolution v = voidRows.isEmpty() ? null : voidRows.get(0);
        return new HomeView(Sparql.longOf(counts, "papers"), Sparql.longOf(counts, "results"),
                v == null ? 0 : Sparql.longOf(v, "triples"), v == null ? null : Sparql.textOf(v, "modified"), used, top, recent);
    }
}
