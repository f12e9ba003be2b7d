package org.paperkg.export.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.paperkg.domain.EntityType;
import org.paperkg.export.model.ExportUsageException;
import org.paperkg.export.model.NodeDate;
import org.paperkg.export.model.NodeType;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewNode;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.query.EntityLookup;
import org.paperkg.query.QueryUsageException;
import org.paperkg.query.Sparql;
import org.paperkg.query.SparqlTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The neighbourhood of one entity, to a depth: at depth 1 the papers that use it, its broader and
 * narrower entities and the methods it is said to beat or lose to; at depth 2 also what those
 * papers use, and so on. It is found breadth first, one query per kind of step and level, each
 * with the current frontier in a VALUES block.
 *
 * <p>Edges run from paper to entity ({@code usesMethod}, ... or {@code proposes}), from narrower
 * to broader entity ({@code broader}) and from winner to loser ({@code outperforms}, weighted by
 * the number of papers that say so). With {@code --top N} the centre always stays.
 */
final class NeighbourhoodView implements View {

    private static final Logger LOG = LoggerFactory.getLogger(NeighbourhoodView.class);
    private static final String ENTITY_CLASSES = Arrays.stream(EntityType.values())
            .map(t -> "pk:" + t.label()).collect(Collectors.joining(", "));

    /** Neighbourhoods larger than this stop growing; the message asks for a smaller depth. */
    static final int MAX_NODES = 200_000;

    private record EdgeRec(String source, String target, String relation, double weight) {
    }

    @Override
    public ViewGraph compute(ViewContext ctx) {
        ViewRequest req = ctx.request();
        String centre = centre(ctx, req.param("entity"));
        int depth = req.intParam("depth", 2, 1, 4);
        Set<NodeType> types = req.entityTypes();

        Map<String, Boolean> isPaper = new LinkedHashMap<>();
        Map<String, EdgeRec> edges = new LinkedHashMap<>();
        isPaper.put(centre, false);
        Set<String> frontier = Set.of(centre);
        for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
            Set<String> next = new LinkedHashSet<>();
            List<String> entities = new ArrayList<>();
            List<String> papers = new ArrayList<>();
            for (String n : frontier) {
                (isPaper.get(n) ? papers : entities).add(n);
            }
            for (List<String> chunk : chunks(entities)) {
                linksOf(ctx, "e", chunk, types, isPaper, edges, next);
                familyOf(ctx, chunk, isPaper, edges, next);
                comparisonsOf(ctx, chunk, isPaper, edges, next);
            }
            for (List<String> chunk : chunks(papers)) {
                linksOf(ctx, "p", chunk, types, isPaper, edges, next);
            }
            if (isPaper.size() > MAX_NODES) {
                throw new ExportUsageException("the neighbourhood of " + req.param("entity") + " passes " + MAX_NODES
                        + " nodes at depth " + (level + 1) + "; ask for a smaller --param depth");
            }
            frontier = next;
        }
        return build(ctx, centre, isPaper, edges);
    }

    private ViewGraph build(ViewContext ctx, String centre, Map<String, Boolean> isPaper, Map<String, EdgeRec> edges) {
        Map<String, Integer> degree = new HashMap<>();
        for (EdgeRec e : edges.values()) {
            degree.merge(e.source(), 1, Integer::sum);
            degree.merge(e.target(), 1, Integer::sum);
        }
        NodeIds ids = ctx.ids();
        Map<String, NodeDetails.Details> details = NodeDetails.lookup(ctx.dataset(), isPaper.keySet());
        ViewGraph g = ViewGraph.directed("entity", "The neighbourhood of " + details.get(centre).label()
                + ": papers that use it, what they use, families and comparisons");
        for (Map.Entry<String, Boolean> n : isPaper.entrySet()) {
            NodeDetails.Details d = details.get(n.getKey());
            NodeType type = n.getValue() ? NodeType.PAPER : d.type();
            g.addNode(new ViewNode(ids.id(n.getKey()), d.label(), type, n.getKey(),
                    degree.getOrDefault(n.getKey(), 0), type == NodeType.PAPER ? d.date() : NodeDate.NONE));
        }
        for (EdgeRec e : edges.values()) {
            NodeDate when = isPaper.get(e.source()) ? details.get(e.source()).date() : NodeDate.NONE;
            g.addEdge(ids.id(e.source()), ids.id(e.target()), new ViewEdge(e.relation(), e.weight(), when));
        }
        ViewRequest req = ctx.request();
        return g.top(req.top(), req.topBy(), Set.of(ids.id(centre)));
    }

    /** Paper-to-entity links of the frontier's papers ({@code side = "p"}) or entities ({@code "e"}). */
    /**
     * The entity the user named, found by the one {@link EntityLookup} (an ambiguous name takes
     * the entity more papers use, and says so on stderr); it must be an entity in the store.
     */
    private static String centre(ViewContext ctx, String name) {
        if (name == null || name.isBlank()) {
            throw new ExportUsageException("view entity needs --param entity=NAME (a label, an id such as "
                    + "method:bert, or an IRI)");
        }
        EntityLookup.Resolution r;
        try {
            r = new EntityLookup(SparqlTarget.local(ctx.dataset()), ctx.iris()).entity(null, name);
        } catch (QueryUsageException e) {
            throw new ExportUsageException("--param entity: " + e.getMessage(), e);
        }
        if (r.note() != null) {
            LOG.warn("--param entity: {}", r.note());
        }
        boolean[] known = {false};
        Sparql.select(ctx.dataset(), "SELECT ?t WHERE { " + Sparql.iriRef(r.iri()) + " a ?t . FILTER(?t IN ("
                + ENTITY_CLASSES + ")) } LIMIT 1", s -> known[0] = true);
        if (!known[0]) {
            throw new ExportUsageException("--param entity: " + name.strip() + " is not a method, dataset, metric or "
                    + "task in the store (looked for <" + r.iri() + ">)");
        }
        return r.iri();
    }

    private static void linksOf(ViewContext ctx, String side, List<String> frontier, Set<NodeType> types,
                                Map<String, Boolean> isPaper, Map<String, EdgeRec> edges, Set<String> next) {
        String q = """
                SELECT ?p ?e ?link (MAX(?c) AS ?conf) (SAMPLE(?proposed) AS ?prop) WHERE {
                  %s
                  %s
                  %s
                  ?p a pk:Paper .
                  OPTIONAL { ?ev rdf:subject ?p ; rdf:predicate ?link ; rdf:object ?e ; pk:confidence ?c }
                  OPTIONAL { ?p pk:proposes ?e . BIND(true AS ?proposed) }
                } GROUP BY ?p ?e ?link""".formatted(Sparql.values(side, frontier), Sparql.linkValues("link", NodeType.kinds(types)),
                Sparql.link("p", "link", "e", ctx.request().minConfidence()));
        Sparql.select(ctx.dataset(), q, s -> {
            String p = s.getResource("p").getURI();
            String e = s.getResource("e").getURI();
            reach(p, true, isPaper, next);
            reach(e, false, isPaper, next);
            String relation = s.contains("prop") ? "proposes" : s.getResource("link").getLocalName();
            double weight = s.contains("conf") ? s.getLiteral("conf").getDouble() : 1.0;
            edges.putIfAbsent(p + " " + e, new EdgeRec(p, e, relation, weight));
        });
    }

    private static void familyOf(ViewContext ctx, List<String> frontier, Map<String, Boolean> isPaper,
                                 Map<String, EdgeRec> edges, Set<String> next) {
        String values = Sparql.values("x", frontier);
        String q = """
                SELECT DISTINCT ?narrow ?broad WHERE {
                  { %s ?x skos:broader ?broad . BIND(?x AS ?narrow) }
                  UNION
                  { %s ?narrow skos:broader ?x . BIND(?x AS ?broad) }
                }""".formatted(values, values);
        Sparql.select(ctx.dataset(), q, s -> {
            String narrow = s.getResource("narrow").getURI();
            String broad = s.getResource("broad").getURI();
            reach(narrow, false, isPaper, next);
            reach(broad, false, isPaper, next);
            edges.putIfAbsent(narrow + " broader " + broad, new EdgeRec(narrow, broad, "broader", 1));
        });
    }

    private static void comparisonsOf(ViewContext ctx, List<String> frontier, Map<String, Boolean> isPaper,
                                      Map<String, EdgeRec> edges, Set<String> next) {
        String values = Sparql.values("x", frontier);
        Double min = ctx.request().minConfidence();
        String filter = min == null ? "" : "FILTER(?c >= " + Sparql.decimal(min) + ")";
        String q = """
                SELECT ?w ?l (COUNT(DISTINCT ?paper) AS ?n) WHERE {
                  { %s ?x pk:outperforms ?l . BIND(?x AS ?w) }
                  UNION
                  { %s ?w pk:outperforms ?x . BIND(?x AS ?l) }
                  OPTIONAL { ?ev rdf:subject ?w ; rdf:predicate pk:outperforms ; rdf:object ?l ;
                                 pk:inPaper ?paper ; pk:confidence ?c . }
                  %s
                } GROUP BY ?w ?l""".formatted(values, values, min == null ? "" : "FILTER(BOUND(?c)) " + filter);
        Sparql.select(ctx.dataset(), q, s -> {
            String w = s.getResource("w").getURI();
            String l = s.getResource("l").getURI();
            reach(w, false, isPaper, next);
            reach(l, false, isPaper, next);
            edges.putIfAbsent(w + " outperforms " + l, new EdgeRec(w, l, "outperforms", Math.max(1, Sparql.longOf(s, "n"))));
        });
    }

    private static void reach(String iri, boolean paper, Map<String, Boolean> isPaper, Set<String> next) {
        if (isPaper.putIfAbsent(iri, paper) == null) {
            next.add(iri);
        }
    }

    private static List<List<String>> chunks(List<String> all) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 400) {
            out.add(all.subList(i, Math.min(all.size(), i + 400)));
        }
        return out;
    }
}
