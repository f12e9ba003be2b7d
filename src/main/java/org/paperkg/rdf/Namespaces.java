package org.paperkg.rdf;

import java.util.TreeMap;
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

/**
 * The one prefix table: the prefixes paperkg writes, the query page pre-loads, and every query
 * paperkg runs itself starts with ({@link #SPARQL_PREFIXES}).
 */
public final class Namespaces {

    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String FABIO = "http://purl.org/spar/fabio/";
    /** jena-text's property functions ({@code text:query}); declared in queries, never written. */
    public static final String TEXT = "http://jena.apache.org/text#";

    /**
     * The PREFIX lines of the standard prefixes plus {@code text:}, for the queries paperkg writes
     * in its own code; they name no resource prefix, so they hold whatever the resource base.
     */
    public static final String SPARQL_PREFIXES = prologue(standard().setNsPrefix("text", TEXT));

    private Namespaces() {
    }

    /** The standard prefixes plus the resource prefixes of {@code iris}. */
    public static PrefixMapping of(ResourceIris iris) {
        PrefixMapping pm = standard()
                .setNsPrefix("pkr", iris.base())
                .setNsPrefix("paper", iris.base() + "paper/");
        for (EntityType t : EntityType.values()) {
            pm.setNsPrefix(t.pathSegment(), iris.base() + t.pathSegment() + "/");
        }
        return pm;
    }

    /** The vocabulary prefixes (pk, rdf, rdfs, owl, xsd, dcterms, skos, prov, void, dcat, schema, fabio). */
    public static PrefixMapping standard() {
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
                .setNsPrefix("fabio", FABIO);
        return pm;
    }

    /** {@code PREFIX p: <ns>} lines for every prefix of {@code pm}, sorted by prefix. */
    public static String prologue(PrefixMapping pm) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(pm.getNsPrefixMap()).forEach((prefix, ns) -> sb.append("PREFIX ").append(prefix).append(": <").append(ns)
                .append(">\n"));
        return sb.toString();
    }

    public static void apply(Model m, ResourceIris iris) {
        m.setNsPrefixes(of(iris));
    }
}
