package org.paperkg.serve.html;

import java.util.List;
import org.paperkg.serve.view.Leaderboard;
import org.paperkg.serve.view.ResultRow;

/** Results as HTML tables: a paper's own results, and an entity's leaderboards. */
final class ResultTable {

    private ResultTable() {
    }

    /** A paper's results: metric, value, dataset, method, confidence, evidence. */
    static Html ofPaper(List<ResultRow> rows, Links links) {
        Html h = new Html();
        h.add("<table class=\"results\"><thead><tr><th>Metric</th><th class=\"num\">Value</th><th>Dataset</th>"
                + "<th>Method</th><th class=\"num\">Confidence</th><th>Evidence</th></tr></thead><tbody>\n");
        for (ResultRow r : rows) {
            h.add("<tr><td>%s</td><td class=\"num\">%s</td><td>%s</td><td>%s</td><td class=\"num\">%s</td><td>%s</td></tr>\n",
                    links.to(r.metricIri(), r.metricLabel()), value(r), optional(links, r.datasetIri(), r.datasetLabel()),
                    optional(links, r.methodIri(), r.methodLabel()), Format.confidence(r.confidence()),
                    evidence(links, r.evidenceIri()));
        }
        return h.add("</tbody></table>\n");
    }

    /**
     * One leaderboard (its rows share the metric and the dataset or the table's key says which):
     * rank (scores of a metric with a direction only), value, method, paper, confidence, evidence
     * sentence; the newest results are marked.
     */
    static Html leaderboard(Leaderboard board, Links links) {
        Html h = new Html();
        h.add("<table class=\"results leaderboard\"><thead><tr><th class=\"num\">#</th><th class=\"num\">Value</th><th>Method</th>"
                + "<th>Paper</th><th class=\"num\">Confidence</th><th>Evidence</th></tr></thead><tbody>\n");
        int rank = 0;
        for (ResultRow r : board.rows()) {
            boolean score = !r.delta() && r.value() != null;
            String shownRank = r.delta() ? "Δ" : score && board.ranked() ? Integer.toString(++rank) : "";
            Html.Raw newest = Html.raw(!board.isNewest(r) ? ""
                    : board.listingDays() ? " <span class=\"tag newest\">latest listing day</span>"
                    : " <span class=\"tag newest\">newest</span>");
            Html.Raw paper = Html.fragment("%s <span class=\"date\">%s</span>%s", links.to(r.paperIri(), r.paperTitle()),
                    Format.date(r.paperDate()), newest);
            Html.Raw method = r.methodIri() == null ? Html.raw("<span class=\"none\">no method attributed</span>")
                    : links.to(r.methodIri(), r.methodLabel());
            h.add("<tr%s><td class=\"num\">%s</td><td class=\"num\">%s</td><td>%s</td><td>%s</td>"
                    + "<td class=\"num\">%s</td><td class=\"evidence\">%s</td></tr>\n",
                    Html.raw(score ? "" : " class=\"delta\""), shownRank, value(r), method, paper,
                    Format.confidence(r.confidence()), sentence(links, r));
        }
        return h.add("</tbody></table>\n");
    }

    /** A sentence saying how a table is sorted. */
    static String direction(Leaderboard board) {
        if (!board.ranked()) {
            return "The lexicon does not say whether higher is better for this metric: listed high to low, with no best.";
        }
        return board.higherIsBetter() ? "Higher is better; best first." : "Lower is better; best first.";
    }

    /** The sentence the value was read from, quoted and linked to its evidence, or the bare link when no sentence is stored. */
    private static Html.Raw sentence(Links links, ResultRow r) {
        String href = links.href(r.evidenceIri());
        if (r.sentence() == null || href == null) {
            return evidence(links, r.evidenceIri());
        }
        return Html.fragment("<q>%s</q> <a href=\"%s\">evidence</a>", r.sentence(), href);
    }

    private static String value(ResultRow r) {
        String text = r.valueText() == null ? "" : r.valueText();
        return r.unit().isEmpty() || text.endsWith(r.unit()) ? text : text + " " + r.unit();
    }

    private static Html.Raw optional(Links links, String iri, String label) {
        return iri == null ? Html.raw("<span class=\"none\">–</span>") : links.to(iri, label);
    }

    static Html.Raw evidence(Links links, String evidenceIri) {
        String href = links.href(evidenceIri);
        return href == null ? Html.raw("") : Html.fragment("<a href=\"%s\">evidence</a>", href);
    }
}
