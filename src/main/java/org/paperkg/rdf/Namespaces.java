package org.paperkg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.paperkg.domain.EntityType;
import org.paperkg.link.ResourceIris;

/** The prefixes paperkg writes and the query page pre-loads. */
public final class Namespaces {

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String FABIO = "http://purl.org/spar/fabio/";

    private Namespaces() {
    }

    /** The standard prefixes plus the resource prefixes of {@code iris}. */
    public static PrefixMapping of(ResourceIris iris) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("pk", PK.NS)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("dcterms", DCTerms.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("prov", PROV)
                .setNsPrefix("void", VOID)
                .setNsPrefix("dcat", DCAT)
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("fabio", FABIO)
                .setNsPrefix("pkr", iris.base())
                .setNsPrefix("paper", iris.base() + "paper/");
        for (EntityType t : EntityType.values()) {
            pm.setNsPrefix(t.pathSegment(), iris.base() + t.pathSegment() + "/");
        }
        return pm;
    }

    public static void apply(Model m, ResourceIris iris) {
        m.setNsPrefixes(of(iris));
    }
}
