package org.paperkg.serve.html;

import java.util.List;
import java.util.Map;
import org.paperkg.domain.EntityType;
import org.paperkg.serve.html.Layout.Alternate;
import org.paperkg.serve.view.EntityView.Link;
import org.paperkg.serve.view.EntityView.PaperRef;
import org.paperkg.serve.view.EntityView;
import org.paperkg.serve.view.Leaderboard;

/**
 * A method's, dataset's, metric's or task's page, laid out as Papers with Code lays out a dataset's:
 * its names and family, its leaderboards with the best value over time (a dataset's by metric),
 * what is used together with it, its papers over time, and the papers that propose or use it
 * (newest first, paged).
 */
public final class EntityPage {

    /**
     * The page's SVG charts, drawn by the analytics charts.
     *
     * @param bestOverTime per leaderboard key, the best value over time
     * @param trend        the papers that name the entity by month, or null
     */
    public record Charts(Map<String, Html.Raw> bestOverTime, Html.Raw trend) {
    }

    private EntityPage() {
    }

    /** @param path this page's own path, for the paging links */
    public static String render(EntityView e, Charts charts, Links links, String path, List<Alternate> alternates) {
        Html h = new Html();
        h.add("<article class=\"entity\">\n<p class=\"kind\"><a href=\"%s\">%s</a></p>\n<h1>%s</h1>\n",
                links.href(org.paperkg.rdf.PK.NS + e.kind().label()), e.kind().label(), e.label());
        h.add("<p class=\"iri\">%s</p>\n", e.iri());
        h.add("<dl class=\"about\">\n");
        if (!e.altLabels().isEmpty()) {
            h.add("<dt>Also called</dt><dd>%s</dd>\n", String.join(" · ", e.altLabels()));
        }
        if (!e.broader().isEmpty()) {
            h.add("<dt>Part of</dt><dd>%s</dd>\n", linkList(e.broader(), links, false));
        }
        if (!e.narrower().isEmpty()) {
            h.add("<dt>Includes</dt><dd>%s</dd>\n", linkList(e.narrower(), links, false));
        }
        if (!e.exactMatches().isEmpty()) {
            Html same = new Html();
            e.exactMatches().forEach(iri -> same.add("%s ", links.to(iri, iri)));
            h.add("<dt>Same as</dt><dd>%s</dd>\n", same);
        }
        if (e.kind() == EntityType.METRIC) {
            h.add("<dt>Direction</dt><dd>%s</dd>\n", e.higherIsBetter() == null ? "not stated"
                    : e.higherIsBetter() ? "higher is better" : "lower is better");
        }
        h.add("<dt>Papers</dt><dd>%s</dd>\n</dl>\n", Format.count(e.paperCount()));
        results(h, e, charts, links);
        related(h, e.related(), links);
        if (charts.trend() != null) {
            h.add("<section class=\"trend\"><h2>Papers over time</h2>\n<figure class=\"chart\">%s</figure>\n</section>\n",
                    charts.trend());
        }
        papers(h, e, links, path);
        h.add("</article>\n");
        return Layout.page(e.label(), null, h, alternates, null);
    }

    private static void papers(Html h, EntityView e, Links links, String path) {
        h.add("<section><h2>Papers that propose or use it</h2>\n");
        if (e.papers().isEmpty()) {
            h.add("<p class=\"note\">No paper in the store links to it yet.</p>\n</section>\n");
            return;
        }
        h.add("<ol class=\"papers\" start=\"%s\">\n", (e.page() - 1) * e.pageSize() + 1);
        for (PaperRef p : e.papers()) {
            h.add("<li>%s <span class=\"date\">%s</span>%s</li>\n", links.to(p.iri(), p.title()), Format.date(p.date()),
                    Html.raw(p.proposes() ? " <span class=\"tag\">proposes</span>" : ""));
        }
        h.add("</ol>\n");
        if (e.pageCount() > 1) {
            h.add("<nav class=\"pager\">");
            if (e.page() > 1) {
                h.add("<a rel=\"prev\" href=\"%s?page=%s\">← newer</a> ", path, e.page() - 1);
            }
            h.add("page %s of %s", e.page(), e.pageCount());
            if (e.page() < e.pageCount()) {
                h.add(" <a rel=\"next\" href=\"%s?page=%s\">older →</a>", path, e.page() + 1);
            }
            h.add("</nav>\n");
        }
        h.add("</section>\n");
    }

    private static void related(Html h, Map<String, List<Link>> related, Links links) {
        if (related.isEmpty()) {
            return;
        }
        h.add("<section class=\"related\"><h2>Related</h2>\n");
        related.forEach((heading, list) -> h.add("<h3>%s</h3>\n<p>%s</p>\n", heading, linkList(list, links, true)));
        h.add("</section>\n");
    }

    private static void results(Html h, EntityView e, Charts charts, Links links) {
        if (e.results().isEmpty()) {
            return;
        }
        h.add("<section class=\"leaderboards\"><h2>%s</h2>\n", e.kind() == EntityType.DATASET ? "Leaderboards" : "Results");
        for (Leaderboard b : e.results()) {
            h.add("<div class=\"leaderboard\">\n<h3>%s</h3>\n<p class=\"note\">%s</p>\n", b.key(), ResultTable.direction(b));
            h.add("%s", ResultTable.leaderboard(b, links));
            Html.Raw chart = charts.bestOverTime().get(b.key());
            if (chart != null) {
                h.add("<figure class=\"chart best-over-time\">%s</figure>\n", chart);
            }
            h.add("</div>\n");
        }
        h.add("</section>\n");
    }

    private static Html linkList(List<Link> list, Links links, boolean counts) {
        Html out = new Html();
        for (int i = 0; i < list.size(); i++) {
            Link l = list.get(i);
            out.add(i == 0 ? "" : " · ").add("%s", links.to(l.iri(), l.label()));
            if (counts) {
                out.add(" <span class=\"count\">%s</span>", l.count());
            }
        }
        return out;
    }
}
