package org.paperkg.serve.html;

import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.paperkg.rdf.PK;
import org.paperkg.serve.html.Layout.Alternate;

/**
 * The ontology's page: what it is for, then every class and property with its definition. Each
 * term has an anchor named after it, so {@code pk:Paper} ({@code .../ontology#Paper}) lands on
 * {@code /ontology#Paper}.
 */
public final class OntologyPage {

    private OntologyPage() {
    }

    public static String render(Model ontology, Nodes nodes, List<Alternate> alternates) {
        Resource ont = ontology.createResource(PK.ONTOLOGY_IRI);
        String title = text(ont, DCTerms.title, "paperkg ontology");
        Html h = new Html();
        h.add("<article class=\"ontology\">\n<p class=\"kind\">Ontology</p>\n<h1>%s</h1>\n<p class=\"iri\">%s</p>\n", title, PK.ONTOLOGY_IRI);
        h.add("<p class=\"meta\">Namespace <code>%s</code>, prefix <code>pk</code>%s</p>\n", PK.NS,
                ont.hasProperty(OWL.versionInfo) ? Html.fragment(", version %s", ont.getProperty(OWL.versionInfo).getString()) : Html.raw(""));
        paragraphs(h, text(ont, RDFS.comment, ""));
        paragraphs(h, text(ont, DCTerms.description, ""));
        h.add("<nav class=\"toc\"><a href=\"#classes\">Classes</a> · <a href=\"#object-properties\">Object properties</a> · "
                + "<a href=\"#datatype-properties\">Datatype properties</a> · <a href=\"#annotation-properties\">Annotation properties</a></nav>\n");
        section(h, ontology, "classes", "Classes", OWL.Class, nodes);
        section(h, ontology, "object-properties", "Object properties", OWL.ObjectProperty, nodes);
        section(h, ontology, "datatype-properties", "Datatype properties", OWL.DatatypeProperty, nodes);
        section(h, ontology, "annotation-properties", "Annotation properties", OWL.AnnotationProperty, nodes);
        h.add("</article>\n");
        return Layout.page(title, null, h, alternates, null);
    }

    private static void section(Html h, Model m, String id, String heading, Resource type, Nodes nodes) {
        List<Resource> terms = m.listSubjectsWithProperty(RDF.type, type)
                .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(PK.NS))
                .toList();
        terms.sort(Comparator.comparing(Resource::getURI));
        h.add("<section id=\"%s\"><h2>%s</h2>\n", id, heading);
        for (Resource t : terms) {
            String local = t.getURI().substring(PK.NS.length());
            h.add("<div class=\"term\" id=\"%s\">\n<h3>pk:%s <span class=\"label\">%s</span></h3>\n", local, local,
                    text(t, RDFS.label, ""));
            paragraphs(h, text(t, RDFS.comment, ""));
            h.add("<dl>");
            values(h, t, RDFS.subClassOf, "Sub-class of", nodes);
            values(h, t, RDFS.subPropertyOf, "Sub-property of", nodes);
            values(h, t, RDFS.domain, "Domain", nodes);
            values(h, t, RDFS.range, "Range", nodes);
            values(h, t, RDFS.seeAlso, "See also", nodes);
            values(h, t, SKOS.example, "Example", nodes);
            h.add("</dl>\n</div>\n");
        }
        h.add("</section>\n");
    }

    private static void values(Html h, Resource t, Property p, String label, Nodes nodes) {
        List<RDFNode> vs = t.listProperties(p).mapWith(Statement::getObject).filterKeep(RDFNode::isURIResource).toList();
        List<RDFNode> literals = t.listProperties(p).mapWith(Statement::getObject).filterKeep(RDFNode::isLiteral).toList();
        if (!vs.isEmpty()) {
            Html list = new Html();
            for (int i = 0; i < vs.size(); i++) {
                list.add(i == 0 ? "%s" : " · %s", nodes.render(vs.get(i)));
            }
            h.add("<dt>%s</dt><dd>%s</dd>", label, list);
        }
        for (RDFNode l : literals) {
            h.add("<dt>%s</dt><dd><pre>%s</pre></dd>", label, l.asLiteral().getLexicalForm());
        }
    }

    private static void paragraphs(Html h, String text) {
        for (String para : text.split("\n\\s*\n")) {
            if (para.isBlank()) {
                continue;
            }
            if (para.startsWith("    ") || para.contains("\n    ")) {
                h.add("<pre>%s</pre>\n", para.strip());
            } else {
                h.add("<p>%s</p>\n", para.strip());
            }
        }
    }

    private static String text(Resource r, Property p, String otherwise) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isLiteral() ? s.getString() : otherwise;
    }
}
