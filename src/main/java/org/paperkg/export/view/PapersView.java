package org.paperkg.export.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.export.model.NodeDate;
import org.paperkg.export.model.NodeType;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewNode;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.export.view.EntityStats.EntityRow;
import org.paperkg.query.Sparql;

/**
 * Papers and the entities they use: a bipartite graph with an edge from each paper to each entity
 * it links to, labelled with the link ({@code usesDataset}, or {@code proposes} when the paper
 * introduces the entity) and weighted by the link's confidence, the best of its evidence.
 *
 * <p>A node's weight is its degree here: the entities a paper uses, the papers that use an entity.
 * With {@code --top N} the N nodes of highest degree are chosen first (papers and entities
 * ranked together) and only the links between them are read.
 */
final class PapersView implements View {

    private record Candidate(String iri, NodeType type, long degree) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingLong(Candidate::degree).reversed()
            .thenComparing(Candidate::iri);

    @Override
    public ViewGraph compute(ViewContext ctx) {
        ViewRequest req = ctx.request();
        Set<NodeType> types = req.entityTypes();
        Double min = req.minConfidence();

        TopRows<Candidate> top = new TopRows<>(req.top(), BEST_FIRST);
        EntityStats.forEachEntity(ctx, types, (EntityRow r) -> top.offer(new Candidate(r.iri(), r.type(), r.papers())));
        String papers = """
                SELECT ?p (COUNT(DISTINCT ?e) AS ?n) WHERE {
                  %s
                  %s
                  ?p a pk:Paper .
                } GROUP BY ?p""".formatted(Sparql.linkValues("link", NodeType.kinds(types)), Sparql.link("p", "link", "e", min));
        Sparql.select(ctx.dataset(), papers, s -> top.offer(
                new Candidate(s.getResource("p").getURI(), NodeType.PAPER, Sparql.longOf(s, "n"))));
        List<Candidate> chosen = top.best();
        Map<String, NodeDate> first = EntityStats.firstDates(ctx, types, chosen.stream()
                .filter(c -> c.type() != NodeType.PAPER).map(Candidate::iri).toList());

        Map<String, Candidate> byIri = new HashMap<>();
        Set<String> paperIris = new LinkedHashSet<>();
        Set<String> entityIris = new LinkedHashSet<>();
        for (Candidate c : chosen) {
            byIri.put(c.iri(), c);
            (c.type() == NodeType.PAPER ? paperIris : entityIris).add(c.iri());
        }
        NodeIds ids = ctx.ids();
        Map<String, NodeDetails.Details> details = NodeDetails.lookup(ctx.dataset(), byIri.keySet());
        ViewGraph g = ViewGraph.directed("papers", "Papers and the entities they use; "
                + "edge weight = the link's confidence (best evidence), 1 where it has no evidence");
        List<Candidate> inOrder = new ArrayList<>(chosen);
        for (Candidate c : inOrder) {
            NodeDetails.Details d = details.get(c.iri());
            NodeDate date = c.type() == NodeType.PAPER ? d.date() : first.getOrDefault(c.iri(), NodeDate.NONE);
            g.addNode(new ViewNode(ids.id(c.iri()), d.label(), c.type(), c.iri(), c.degree(), date));
        }
        if (paperIris.isEmpty() || entityIris.isEmpty()) {
            return g;
        }
        boolean restrict = req.top() > 0;
        String links = """
                SELECT ?p ?e ?link (MAX(?c) AS ?conf) (SAMPLE(?proposed) AS ?prop) WHERE {
                  %s
                  %s
                  %s
                  OPTIONAL { ?ev rdf:subject ?p ; rdf:predicate ?link ; rdf:object ?e ; pk:confidence ?c }
                  OPTIONAL { ?p pk:proposes ?e . BIND(true AS ?proposed) }
                } GROUP BY ?p ?e ?link""".formatted(
                restrict ? Sparql.values("p", paperIris) : "",
                Sparql.linkValues("link", NodeType.kinds(types)),
                Sparql.link("p", "link", "e", min) + (restrict ? "\n  " + Sparql.in("e", entityIris) : ""));
        Sparql.select(ctx.dataset(), links, s -> {
            String p = s.getResource("p").getURI();
            String e = s.getResource("e").getURI();
            if (!byIri.containsKey(p) || !byIri.containsKey(e)) {
                return;
            }
            double weight = s.contains("conf") ? s.getLiteral("conf").getDouble() : 1.0;
            String relation = s.contains("prop") ? "proposes" : s.getResource("link").getLocalName();
            g.addEdge(ids.id(p), ids.id(e), new ViewEdge(relation, weight, details.get(p).date()));
        });
        return g;
    }
}
