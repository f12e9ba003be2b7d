package org.paperkg.export.view;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.export.model.ExportUsageException;
import org.paperkg.export.model.NodeDate;
import org.paperkg.export.model.NodeType;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewNode;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.export.model.ViewRequest.QuerySource;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.rdf.Namespaces;
import org.paperkg.rdf.PK;

/**
 * Any question as a picture: a CONSTRUCT query's triples become edges (subject to object, named by
 * the predicate; {@code rdfs:label} and {@code rdf:type} triples label and type the nodes), or a
 * SELECT query's rows do, read from the columns {@code ?source ?target} and optionally
 * {@code ?weight}, {@code ?relation}, {@code ?sourceLabel} and {@code ?targetLabel}. Nodes the query
 * does not label are labelled from the store.
 *
 * <p>For a query text (a file), the paperkg prefixes are predeclared, {@code ?minConfidence} is
 * bound to {@code --min-confidence}, and every other {@code --param k=v} binds {@code ?k} (an IRI
 * when the value is one, a number when it reads as one, else a string). A catalogue query is bound
 * by the catalogue's own binder instead (see {@link CatalogueQueries}). The whole result is held in memory
 * before it is cut to {@code --top}, so a query for a large graph should aggregate or limit itself.
 */
final class QueryView implements View {

    private record Key(String source, String target, String relation) {
    }

    @Override
    public ViewGraph compute(ViewContext ctx) {
        ViewRequest req = ctx.request();
        QuerySource src = req.query();
        Prepared prepared = switch (src) {
            case QuerySource.Text t -> new Prepared(parse(ctx, t), bindings(ctx));
            case QuerySource.Catalogue c -> CatalogueQueries.prepare(ctx, c);
        };
        Query query = prepared.query();
        if (!query.isSelectType() && !query.isConstructType()) {
            throw new ExportUsageException(src.origin() + ": only CONSTRUCT and SELECT queries can be drawn");
        }
        boolean directed = !"false".equalsIgnoreCase(req.queryBindings().getOrDefault("directed", "true"));
        Map<String, String> labels = new HashMap<>();
        Map<String, NodeType> types = new HashMap<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<Key, Double> edges = new LinkedHashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ctx.dataset()).query(query)
                .substitution(prepared.binding()).build()) {
            if (query.isConstructType()) {
                qe.execConstructTriples().forEachRemaining(t -> construct(t, nodes, labels, types, edges));
            } else {
                select(src, qe.execSelect(), nodes, labels, edges);
            }
        }
        return build(ctx, directed, nodes, labels, types, edges, src);
    }

    /** A parsed query and the values its variables are replaced by. */
    record Prepared(Query query, Binding binding) {
    }

    private static Query parse(ViewContext ctx, QuerySource.Text src) {
        Query q = new Query();
        q.setPrefixMapping(Namespaces.of(ctx.iris()));
        try {
            return QueryFactory.parse(q, src.text(), null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new ExportUsageException(src.origin() + ": " + e.getMessage(), e);
        }
    }

    /** ?minConfidence from --min-confidence and every other parameter as ?name, for a query text. */
    private static Binding bindings(ViewContext ctx) {
        ViewRequest req = ctx.request();
        BindingBuilder binding = BindingFactory.builder();
        if (req.minConfidence() != null) {
            binding.add(Var.alloc("minConfidence"), NodeFactory.createLiteralDT(
                    BigDecimal.valueOf(req.minConfidence()).toPlainString(), XSDDatatype.XSDdecimal));
        }
        for (Map.Entry<String, String> e : req.queryBindings().entrySet()) {
            if (!e.getKey().equals("directed")) {
                binding.add(Var.alloc(e.getKey()), valueNode(e.getValue()));
            }
        }
        return binding.build();
    }

    /** {@code <iri>} or {@code http...} as an IRI, a number as a number, anything else as a string. */
    static Node valueNode(String v) {
        String s = v.strip();
        if (s.startsWith("<") && s.endsWith(">")) {
            return NodeFactory.createURI(s.substring(1, s.length() - 1));
        }
        if (s.startsWith("http://") || s.startsWith("https://")) {
            return NodeFactory.createURI(s);
        }
        if (s.matches("[+-]?\\d+")) {
            return NodeFactory.createLiteralDT(s, XSDDatatype.XSDinteger);
        }
        if (s.matches("[+-]?\\d*\\.\\d+")) {
            return NodeFactory.createLiteralDT(s, XSDDatatype.XSDdecimal);
        }
        return NodeFactory.createLiteralString(v);
    }

    private static void construct(Triple t, Map<String, Node> nodes, Map<String, String> labels,
                                  Map<String, NodeType> types, Map<Key, Double> edges) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        Node o = t.getObject();
        String sk = key(s);
        nodes.putIfAbsent(sk, s);
        if (o.isLiteral()) {
            if (p.equals(RDFS.label.asNode()) || p.equals(SKOS.prefLabel.asNode()) || p.equals(DCTerms.title.asNode())) {
                labels.putIfAbsent(sk, o.getLiteralLexicalForm());
            }
            return;
        }
        if (p.equals(RDF.type.asNode()) && o.isURI() && o.getURI().startsWith(PK.NS)) {
            NodeType type = NodeType.ofClassName(o.getURI().substring(PK.NS.length()));
            if (type != NodeType.RESOURCE) {
                types.put(sk, type);
                return;
            }
        }
        String ok = key(o);
        nodes.putIfAbsent(ok, o);
        edges.merge(new Key(sk, ok, p.getLocalName().isEmpty() ? p.getURI() : p.getLocalName()), 1.0, (a, b) -> a);
    }

    private static void select(QuerySource src, ResultSet rs, Map<String, Node> nodes,
                               Map<String, String> labels, Map<Key, Double> edges) {
        List<String> vars = rs.getResultVars();
        if (!vars.contains("source") || !vars.contains("target")) {
            throw new ExportUsageException(src.origin() + ": a SELECT drawn as a graph needs the columns "
                    + "?source and ?target (and may have ?weight, ?relation, ?sourceLabel, ?targetLabel); it has ?"
                    + String.join(" ?", vars)
                    + (src instanceof QuerySource.Catalogue ? CatalogueQueries.drawable(QueryCatalogue.load()) : ""));
        }
        while (rs.hasNext()) {
            QuerySolution row = rs.next();
            if (!row.contains("source") || !row.contains("target")) {
                continue;
            }
            Node s = row.get("source").asNode();
            Node t = row.get("target").asNode();
            String sk = key(s);
            String tk = key(t);
            nodes.putIfAbsent(sk, s);
            nodes.putIfAbsent(tk, t);
            if (row.contains("sourceLabel")) {
                labels.putIfAbsent(sk, text(row.get("sourceLabel")));
            }
            if (row.contains("targetLabel")) {
                labels.putIfAbsent(tk, text(row.get("targetLabel")));
            }
            double weight = 1;
            if (row.contains("weight")) {
                RDFNode w = row.get("weight");
                try {
                    weight = w.isLiteral() ? Double.parseDouble(w.asLiteral().getLexicalForm()) : 1;
                } catch (NumberFormatException e) {
                    throw new ExportUsageException(src.origin() + ": ?weight must be a number, got "
                            + w.asLiteral().getLexicalForm(), e);
                }
            }
            String relation = row.contains("relation") ? text(row.get("relation")) : "related";
            edges.merge(new Key(sk, tk, relation), weight, Double::sum);
        }
    }

    private ViewGraph build(ViewContext ctx, boolean directed, Map<String, Node> nodes, Map<String, String> labels,
                            Map<String, NodeType> types, Map<Key, Double> edges, QuerySource src) {
        NodeIds ids = ctx.ids();
        Map<String, Double> weight = new HashMap<>();
        edges.forEach((k, w) -> {
            weight.merge(k.source(), w, Double::sum);
            if (!k.target().equals(k.source())) {
                weight.merge(k.target(), w, Double::sum);
            }
        });
        List<String> iris = nodes.values().stream().filter(Node::isURI).map(Node::getURI).toList();
        Map<String, NodeDetails.Details> details = NodeDetails.lookup(ctx.dataset(), iris);
        String description = "The result of " + src.origin();
        ViewGraph g = directed ? ViewGraph.directed("query", description) : ViewGraph.undirected("query", description);
        Map<String, String> idOf = new HashMap<>();
        for (Map.Entry<String, Node> e : nodes.entrySet()) {
            Node n = e.getValue();
            ViewNode vn;
            double w = weight.getOrDefault(e.getKey(), 0.0);
            if (n.isURI()) {
                NodeDetails.Details d = details.get(n.getURI());
                NodeType type = types.getOrDefault(e.getKey(), d.type());
                vn = new ViewNode(ids.id(n.getURI()), labels.getOrDefault(e.getKey(), d.label()), type, n.getURI(), w,
                        type == NodeType.PAPER ? d.date() : NodeDate.NONE);
            } else if (n.isLiteral()) {
                vn = new ViewNode("literal:" + n.getLiteralLexicalForm(), n.getLiteralLexicalForm(), NodeType.LITERAL,
                        "", w, NodeDate.NONE);
            } else {
                vn = new ViewNode("_:" + n.getBlankNodeLabel(), labels.getOrDefault(e.getKey(), "(blank node)"),
                        types.getOrDefault(e.getKey(), NodeType.RESOURCE), "", w, NodeDate.NONE);
            }
            idOf.put(e.getKey(), g.addNode(vn).id());
        }
        edges.forEach((k, w) -> g.addEdge(idOf.get(k.source()), idOf.get(k.target()), new ViewEdge(k.relation(), w, NodeDate.NONE)));
        ViewRequest req = ctx.request();
        return g.top(req.top(), req.topBy(), Set.of());
    }

    private static String key(Node n) {
        return n.isURI() ? n.getURI() : n.isLiteral() ? "\"" + n.getLiteralLexicalForm() : "_:" + n.getBlankNodeLabel();
    }

    private static String text(RDFNode n) {
        return n.isLiteral() ? n.asLiteral().getLexicalForm()
                : n.isURIResource() ? NodeIds.labelFromIri(n.asResource().getURI()) : n.toString();
    }
}
