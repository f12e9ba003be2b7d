package org.paperkg.serve.html;

import java.util.List;
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
     * rank (scores only), value, method, paper, confidence, evidence.
     */
    static Html leaderboard(List<ResultRow> rows, Links links) {
        Html h = new Html();
        h.add("<table class=\"results\"><thead><tr><th class=\"num\">#</th><th class=\"num\">Value</th><th>Method</th>"
                + "<th>Paper</th><th class=\"num\">Confidence</th><th>Evidence</th></tr></thead><tbody>\n");
        int rank = 0;
        for (ResultRow r : rows) {
            boolean score = !r.delta() && r.value() != null;
            String shownRank = score ? Integer.toString(++rank) : r.delta() ? "Δ" : "";
            Html.Raw paper = Html.fragment("%s <span class=\"date\">%s</span>", links.to(r.paperIri(), r.paperTitle()),
                    Format.date(r.paperDate()));
            h.add("<tr%s><td class=\"num\">%s</td><td class=\"num\">%s</td><td>%s</td><td>%s</td>"
                    + "<td class=\"num\">%s</td><td>%s</td></tr>\n",
                    Html.raw(score ? "" : " class=\"delta\""), shownRank, value(r), optional(links, r.methodIri(), r.methodLabel()),
                    paper, Format.confidence(r.confidence()), evidence(links, r.evidenceIri()));
        }
        return h.add("</tbody></table>\n");
    }

    /** A sentence saying how a table is sorted. */
    static String direction(List<ResultRow> rows) {
        Boolean hib = rows.stream().map(ResultRow::higherIsBetter).filter(b -> b != null).findFirst().orElse(null);
        if (hib == null) {
            return "Sorted high to low; the lexicon does not say whether higher is better for this metric.";
        }
        return hib ? "Higher is better; best first." : "Lower is better; best first.";
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
