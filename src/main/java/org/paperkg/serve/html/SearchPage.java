package org.paperkg.serve.html;

import java.util.List;
import org.paperkg.serve.view.Search;
import org.paperkg.serve.view.SearchView.EntityHit;
import org.paperkg.serve.view.SearchView.PaperHit;
import org.paperkg.serve.view.SearchView;

/** Search results: matching methods, datasets, metrics and tasks first, then matching papers. */
public final class SearchPage {

    private SearchPage() {
    }

    public static String render(SearchView v, Links links) {
        Html h = new Html();
        if (v.query().isEmpty()) {
            h.add("<h1>Search</h1>\n<p>Type a name (ImageNet, BERT, BLEU) or words from a title or an abstract.</p>\n");
            return Layout.page("Search", "", h, List.of(), null);
        }
        h.add("<h1>Search: %s</h1>\n", v.query());
        if (!v.available()) {
            h.add("<p class=\"note\">Search is off: the dataset this server runs has no text index.</p>\n");
            return Layout.page("Search", v.query(), h, List.of(), null);
        }
        if (v.entities().isEmpty() && v.papers().isEmpty()) {
            h.add("<p class=\"note\">Nothing matches all of these words.</p>\n");
        }
        if (!v.entities().isEmpty()) {
            h.add("<section><h2>Methods, datasets, metrics and tasks</h2>\n<ul class=\"hits\">\n");
            for (EntityHit e : v.entities()) {
                h.add("<li>%s <span class=\"tag\">%s</span> <span class=\"count\">%s</span>%s</li>\n", links.to(e.iri(), e.label()),
                        e.kind() == null ? "" : e.kind().label().toLowerCase(java.util.Locale.ROOT),
                        e.papers() == 1 ? "1 paper" : Format.count(e.papers()) + " papers", aliases(e.aliases()));
            }
            h.add("</ul></section>\n");
        }
        if (!v.papers().isEmpty()) {
            h.add("<section><h2>Papers</h2>\n<ul class=\"hits papers\">\n");
            for (PaperHit p : v.papers()) {
                h.add("<li>%s <span class=\"date\">%s</span></li>\n", links.to(p.iri(), p.title()), Format.date(p.date()));
            }
            h.add("</ul></section>\n");
        }
        return Layout.page("Search: " + v.query(), v.query(), h, List.of(), null);
    }

    /** A hit's aliases, the first few of them. */
    private static Html aliases(List<String> aliases) {
        Html out = new Html();
        if (!aliases.isEmpty()) {
            List<String> shown = aliases.subList(0, Math.min(Search.SHOWN_ALIASES, aliases.size()));
            out.add(" <span class=\"aliases\">also %s%s</span>", String.join(" · ", shown),
                    aliases.size() > shown.size() ? " · …" : "");
        }
        return out;
    }
}
