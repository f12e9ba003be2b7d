package org.paperkg.store;

import java.time.LocalDate;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.paperkg.rdf.Namespaces;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;

/**
 * The VoID and DCAT description of the store's content, kept in its own graph and rewritten at
 * the end of every build: triple and paper counts, one class partition per ontology class, the
 * license, the SPARQL endpoint and the data dumps.
 *
 * @param endpointBase where {@code paperkg serve} answers by default, e.g. {@code http://127.0.0.1:3030/}
 * @param license      the license IRI of the data
 */
public record DatasetDescription(String endpointBase, String license) {

    public static final String DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    public static DatasetDescription defaults() {
        return new DatasetDescription("http://127.0.0.1:3030/", DEFAULT_LICENSE);
    }

    /** The description graph for {@code stats}; {@code modified} is the build's date. */
    public Model describe(ResourceIris iris, StoreStats stats, LocalDate modified) {
        Model m = ModelFactory.createDefaultModel();
        Namespaces.apply(m, iris);
        Property triples = m.createProperty(Namespaces.VOID, "triples");
        Property entities = m.createProperty(Namespaces.VOID, "entities");
        Property classProp = m.createProperty(Namespaces.VOID, "class");
        Property classPartition = m.createProperty(Namespaces.VOID, "classPartition");
        Resource ds = m.createResource(iris.dataset())
                .addProperty(RDF.type, m.createResource(Namespaces.VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(Namespaces.DCAT + "Dataset"))
                .addProperty(DCTerms.title, "paperkg knowledge graph of machine-learning research")
                .addProperty(RDFS.label, "paperkg knowledge graph")
                .addProperty(DCTerms.description, "Papers, the methods, datasets, metrics and tasks their abstracts "
                        + "name, and the numeric results they report, each fact with its evidence sentence and confidence.")
                .addProperty(DCTerms.license, m.createResource(license))
                .addLiteral(DCTerms.modified, m.createTypedLiteral(modified.toString(), XSDDatatype.XSDdate))
                .addProperty(m.createProperty(Namespaces.VOID, "vocabulary"), m.createResource(PK.NS))
                .addProperty(m.createProperty(Namespaces.VOID, "uriSpace"), iris.base())
                .addProperty(m.createProperty(Namespaces.VOID, "sparqlEndpoint"), m.createResource(endpointBase + "kg/sparql"))
                .addProperty(m.createProperty(Namespaces.VOID, "dataDump"), m.createResource(endpointBase + "dump/paperkg.nq.gz"))
                .addProperty(m.createProperty(Namespaces.VOID, "rootResource"), m.createResource(iris.lexiconScheme()))
                .addLiteral(triples, m.createTypedLiteral(Long.toString(stats.triples()), XSDDatatype.XSDinteger))
                .addLiteral(entities, m.createTypedLiteral(Long.toString(stats.papers()), XSDDatatype.XSDinteger));
        Resource dist = m.createResource(iris.dataset() + "/distribution/nquads")
                .addProperty(RDF.type, m.createResource(Namespaces.DCAT + "Distribution"))
                .addProperty(m.createProperty(Namespaces.DCAT, "downloadURL"), m.createResource(endpointBase + "dump/paperkg.nq.gz"))
                .addProperty(m.createProperty(Namespaces.DCAT, "mediaType"), "application/n-quads");
        ds.addProperty(m.createProperty(Namespaces.DCAT, "distribution"), dist);
        ds.addProperty(m.createProperty(Namespaces.VOID, "subset"), m.createResource(iris.statistics())
                .addProperty(DCTerms.title, "precomputed statistics")
                .addProperty(DCTerms.description, "Papers per entity, per pair of entities and per task with code, at the "
                        + "confidence bands 0, 0.5 and 0.8, as pk:Statistics, pk:EntityCount, pk:PairCount and pk:TaskCodeCount "
                        + "in the graph " + iris.statisticsGraph() + "; the catalogue queries read them where their "
                        + "parameters allow."));
        for (Map.Entry<String, Long> e : stats.perClass().entrySet()) {
            Resource part = m.createResource(iris.dataset() + "/class/" + e.getKey())
                    .addProperty(classProp, m.createResource(PK.NS + e.getKey()))
                    .addLiteral(entities, m.createTypedLiteral(Long.toString(e.getValue()), XSDDatatype.XSDinteger));
            ds.addProperty(classPartition, part);
        }
        return m;
    }
}
