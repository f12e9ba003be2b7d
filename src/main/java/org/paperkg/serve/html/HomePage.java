package org.paperkg.serve.html;

import java.util.List;
import org.paperkg.domain.EntityType;
import org.paperkg.serve.view.EntityView.Link;
import org.paperkg.serve.view.EntityView.PaperRef;
import org.paperkg.serve.view.HomeView;

/** The home page: what the graph holds, what is used most, the newest papers, and where to go next. */
public final class HomePage {

    private HomePage() {
    }

    public static String render(HomeView v, Links links, boolean searchAvailable) {
        Html h = new Html();
        h.add("<section class=\"intro\">\n<h1>paperkg</h1>\n<p>A knowledge graph of machine-learning research read from paper "
                + "abstracts: the methods, datasets, metrics and tasks each paper names, the results it reports and the "
                + "code it links to, every fact with the sentence it was read from.</p>\n");
        h.add("<form class=\"search big\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" placeholder=\"ImageNet, BERT, top-1 accuracy…\" aria-label=\"Search\"%s>"
                + "<button type=\"submit\">Search</button></form>\n", Html.raw(searchAvailable ? "" : " disabled"));
        if (!searchAvailable) {
            h.add("<p class=\"note\">Search is off: the dataset has no text index.</p>\n");
        }
        h.add("</section>\n<section class=\"counts\"><ul>\n");
        h.add("<li><strong>%s</strong> papers</li>\n", Format.count(v.papers()));
        for (EntityType k : EntityType.values()) {
            h.add("<li><strong>%s</strong> %s</li>\n", Format.count(v.used().getOrDefault(k, 0L)), (k.label() + "s").toLowerCase(java.util.Locale.ROOT));
        }
        h.add("<li><strong>%s</strong> results</li>\n", Format.count(v.results()));
        if (v.triples() > 0) {
            h.add("<li><strong>%s</strong> triples</li>\n", Format.count(v.triples()));
        }
        h.add("</ul>%s</section>\n", v.modified() == null ? Html.raw("") : Html.fragment("<p class=\"note\">Built %s.</p>", v.modified()));
        h.add("<section class=\"top\">\n");
        for (EntityType k : EntityType.values()) {
            List<Link> top = v.top().getOrDefault(k, List.of());
            h.add("<div><h2>Most used %s</h2>\n", (k.label() + "s").toLowerCase(java.util.Locale.ROOT));
            if (top.isEmpty()) {
                h.add("<p class=\"note\">None yet.</p>");
            } else {
                h.add("<ol>\n");
                top.forEach(l -> h.add("<li>%s <span class=\"count\">%s</span></li>\n", links.to(l.iri(), l.label()), l.count()));
                h.add("</ol>");
            }
            h.add("</div>\n");
        }
        h.add("</section>\n");
        if (!v.recent().isEmpty()) {
            h.add("<section><h2>Newest papers</h2>\n<ul class=\"papers\">\n");
            for (PaperRef p : v.recent()) {
                h.add("<li>%s <span class=\"date\">%s</span></li>\n", links.to(p.iri(), p.title()), Format.date(p.date()));
            }
            h.add("</ul></section>\n");
        }
        h.add("""
                <section class="more"><h2>Use the data</h2>
                <ul>
                <li><a href="/query">SPARQL query page</a>, with example queries; the endpoint is <code>/kg/sparql</code> \
                (GET or POST, results in JSON, XML, CSV or TSV by Accept header)</li>
                <li><a href="/ontology">The paperkg ontology</a></li>
                <li><a href="/.well-known/void">Dataset description</a> (VoID, DCAT and SPARQL service description)</li>
                <li><a href="/dump/paperkg.nq.gz">The whole graph</a> as gzipped N-Quads</li>
                </ul></section>
                """);
        return Layout.page("paperkg", null, h, List.of(), null);
    }
}
