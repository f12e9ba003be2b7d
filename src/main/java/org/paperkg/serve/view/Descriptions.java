package org.paperkg.serve.view;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.rdf.Namespaces;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;

/**
 * The RDF a resource's IRI dereferences to.
 *
 * <ul>
 *   <li>a paper: its named graph (the paper, its facts, results, evidence and the labels of what it
 *       links to) plus every triple elsewhere in the store with the paper as subject or object;</li>
 *   <li>the ontology: the ontology graph;</li>
 *   <li>a named graph's IRI: that graph;</li>
 *   <li>anything else (an entity, a result, an evidence node): its triples in the union graph, and
 *       the triples that point to it, at most {@value #MAX_INCOMING} of those (an entity page
 *       pages through all its papers).</li>
 * </ul>
 */
public final class Descriptions {

    /** Incoming triples included in a description. */
    public static final int MAX_INCOMING = 5_000;

    private static final Node PAPER = NodeFactory.createURI(PK.Paper.getURI());

    private final DatasetGraph dsg;
    private final ResourceIris iris;

    public Descriptions(DatasetGraph dsg, ResourceIris iris) {
        this.dsg = dsg;
        this.iris = iris;
    }

    /** The description of {@code iri}, or null when the store knows nothing about it. */
    public Model describe(String iri) {
        return Txn.calculateRead(dsg, () -> {
            Node n = NodeFactory.createURI(iri);
            Model m = ModelFactory.createDefaultModel();
            Namespaces.apply(m, iris);
            if (dsg.containsGraph(n)) {
                addAll(m, dsg.getGraph(n));
                return m;
            }
            Graph union = dsg.getUnionGraph();
            Node paperGraph = paperGraph(n);
            if (paperGraph != null) {
                addAll(m, dsg.getGraph(paperGraph));
                addAll(m, union.find(n, Node.ANY, Node.ANY), Long.MAX_VALUE);
                addAll(m, union.find(Node.ANY, Node.ANY, n), Long.MAX_VALUE);
                return m;
            }
            addAll(m, union.find(n, Node.ANY, Node.ANY), Long.MAX_VALUE);
            addAll(m, union.find(Node.ANY, Node.ANY, n), MAX_INCOMING);
            return m.isEmpty() ? null : m;
        });
    }

    /** The rdf:type IRIs of {@code iri} in the union graph. */
    public List<String> types(String iri) {
        return Txn.calculateRead(dsg, () -> dsg.getUnionGraph()
                .find(NodeFactory.createURI(iri), RDF.type.asNode(), Node.ANY)
                .filterKeep(t -> t.getObject().isURI())
                .mapWith(t -> t.getObject().getURI())
                .toList());
    }

    /** True when {@code iri} names a named graph of the store. */
    public boolean isGraph(String iri) {
        return Txn.calculateRead(dsg, () -> dsg.containsGraph(NodeFactory.createURI(iri)));
    }

    /** The named graph that states {@code n a pk:Paper}, or null when it is no paper. */
    private Node paperGraph(Node n) {
        Iterator<Quad> it = dsg.find(Node.ANY, n, RDF.type.asNode(), PAPER);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.isDefaultGraph() && !Quad.isUnionGraph(q.getGraph())) {
                    return q.getGraph();
                }
            }
            return null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static void addAll(Model m, Graph g) {
        addAll(m, g.find(), Long.MAX_VALUE);
    }

    private static void addAll(Model m, Iterator<Triple> it, long max) {
        Graph target = m.getGraph();
        long n = 0;
        try {
            while (it.hasNext() && n < max) {
                target.add(it.next());
                n++;
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }
}
