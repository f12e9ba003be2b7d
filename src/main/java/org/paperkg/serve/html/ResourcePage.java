package org.paperkg.serve.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.paperkg.serve.html.Layout.Alternate;

/**
 * The page of any other resource (a result, an evidence node, a source record, a named graph):
 * its properties and what points to it, straight from its description.
 */
public final class ResourcePage {

    /** Rows shown per table; the RDF formats give everything. */
    static final int MAX_ROWS = 500;

    private ResourcePage() {
    }

    public static String render(String iri, Model description, boolean isGraph, Nodes nodes, List<Alternate> alternates) {
        Resource r = description.createResource(iri);
        String label = r.hasProperty(RDFS.label) ? r.getProperty(RDFS.label).getString() : nodes.shortForm(iri);
        Html h = new Html();
        List<String> types = r.listProperties(RDF.type).mapWith(s -> s.getObject().isURIResource()
                ? nodes.shortForm(s.getResource().getURI()) : "").toList();
        h.add("<article class=\"resource\">\n<p class=\"kind\">%s</p>\n<h1>%s</h1>\n<p class=\"iri\">%s</p>\n",
                isGraph ? "Named graph" : String.join(", ", types), label, iri);
        if (isGraph) {
            h.add("<p>A named graph of %s triples; the links below give it whole.</p>\n", Format.count(description.size()));
        } else {
            table(h, "Properties", "Property", "Value", sorted(description.listStatements(r, null, (org.apache.jena.rdf.model.RDFNode) null).toList()),
                    nodes, false);
            table(h, "Referenced by", "Resource", "Property",
                    sorted(description.listStatements(null, null, r).toList()), nodes, true);
        }
        h.add("</article>\n");
        return Layout.page(label, null, h, alternates, null);
    }

    private static List<Statement> sorted(List<Statement> list) {
        List<Statement> out = new ArrayList<>(list);
        out.sort(Comparator.comparing((Statement s) -> s.getPredicate().getURI())
                .thenComparing(s -> s.getObject().toString()).thenComparing(s -> s.getSubject().toString()));
        return out;
    }

    private static void table(Html h, String heading, String col1, String col2, List<Statement> rows, Nodes nodes, boolean incoming) {
        if (rows.isEmpty()) {
            return;
        }
        h.add("<section><h2>%s</h2>\n<table class=\"props\"><thead><tr><th>%s</th><th>%s</th></tr></thead><tbody>\n", heading, col1, col2);
        for (Statement s : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            if (incoming) {
                h.add("<tr><td>%s</td><td>%s</td></tr>\n", nodes.render(s.getSubject()), nodes.render(s.getPredicate()));
            } else {
                h.add("<tr><td>%s</td><td>%s</td></tr>\n", nodes.render(s.getPredicate()), nodes.render(s.getObject()));
            }
        }
        h.add("</tbody></table>\n");
        if (rows.size() > MAX_ROWS) {
            h.add("<p class=\"note\">%s more; the RDF formats below list them all.</p>\n", Format.count(rows.size() - MAX_ROWS));
        }
        h.add("</section>\n");
    }
}
