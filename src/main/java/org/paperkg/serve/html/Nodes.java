package org.paperkg.serve.html;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.XSD;

/** Shows RDF terms in tables: IRIs as links in their short form, literals as (escaped) text. */
public final class Nodes {

    private final Links links;
    private final PrefixMapping prefixes;

    public Nodes(Links links, PrefixMapping prefixes) {
        this.links = links;
        this.prefixes = prefixes;
    }

    /** The prefixes short forms are made with (the site's one table). */
    public PrefixMapping prefixes() {
        return prefixes;
    }

    public Html.Raw render(RDFNode n) {
        return n == null ? Html.raw("") : render(n.asNode());
    }

    public Html.Raw render(Node n) {
        if (n == null) {
            return Html.raw("");
        }
        if (n.isURI()) {
            return links.to(n.getURI(), shortForm(n.getURI()));
        }
        if (n.isLiteral()) {
            String dt = n.getLiteralDatatypeURI();
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return Html.fragment("%s <span class=\"dt\">@%s</span>", n.getLiteralLexicalForm(), lang);
            }
            if (dt == null || dt.equals(XSD.xstring.getURI())) {
                return Html.fragment("%s", n.getLiteralLexicalForm());
            }
            return Html.fragment("%s <span class=\"dt\">%s</span>", n.getLiteralLexicalForm(), shortForm(dt));
        }
        if (n.isBlank()) {
            return Html.fragment("<span class=\"bnode\">_:%s</span>", n.getBlankNodeLabel());
        }
        return Html.fragment("%s", n.toString());
    }

    /** {@code pk:Paper} for an IRI in a known namespace, else the IRI. */
    public String shortForm(String iri) {
        return prefixes.shortForm(iri);
    }
}
