package org.paperkg.serve.web;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.rdf.Namespaces;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.DatasetDescription;

/**
 * The SPARQL 1.1 Service Description of {@code /kg/sparql}, joined with the store's VoID/DCAT
 * description, for {@code GET /kg/sparql} without a query and for {@code /.well-known/void}.
 *
 * <p>The build writes the VoID graph with the default address {@code http://127.0.0.1:3030/};
 * addresses under it are moved to the address the client actually used, so the endpoint and dump
 * links work on any host and port.
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {
    }

    /** The description for a client that reached the server at {@code baseUrl} ("http://host:port/"). */
    static Model describe(DatasetGraph dsg, ResourceIris iris, String baseUrl, boolean allowUpdate) {
        Model m = ModelFactory.createDefaultModel();
        Namespaces.apply(m, iris);
        m.setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS);
        String defaultBase = DatasetDescription.defaults().endpointBase();
        Txn.executeRead(dsg, () -> dsg.getGraph(NodeFactory.createURI(iris.voidGraph())).find()
                .forEachRemaining(t -> m.getGraph().add(Triple.create(rebase(t.getSubject(), defaultBase, baseUrl),
                        t.getPredicate(), rebase(t.getObject(), defaultBase, baseUrl)))));
        Property type = RDF.type;
        Resource service = m.createResource(baseUrl + "kg/sparql#service")
                .addProperty(type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(baseUrl + "kg/sparql"))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "BasicFederatedQuery"))
                .addProperty(m.createProperty(SD, "defaultEntailmentRegime"), m.createResource("http://www.w3.org/ns/entailment/Simple"));
        if (allowUpdate) {
            service.addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Update"));
        }
        for (String f : List.of("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "JSON-LD", "N-Triples", "RDF_XML", "N-Quads", "TriG")) {
            service.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource(iris.dataset()).addProperty(type, m.createResource(SD + "Dataset"));
        Resource defaultGraph = m.createResource()
                .addProperty(type, m.createResource(SD + "Graph"))
                .addProperty(m.createProperty(Namespaces.VOID, "uriSpace"), iris.base());
        dataset.addProperty(m.createProperty(SD, "defaultGraph"), defaultGraph);
        service.addProperty(m.createProperty(SD, "defaultDataset"), dataset);
        return m;
    }

    private static Node rebase(Node n, String from, String to) {
        if (n.isURI() && n.getURI().startsWith(from) && !from.equals(to)) {
            return NodeFactory.createURI(to + n.getURI().substring(from.length()));
        }
        return n;
    }
}
