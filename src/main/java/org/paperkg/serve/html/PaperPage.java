package org.paperkg.serve.html;

import java.util.List;
import java.util.Map;
import org.paperkg.serve.html.Layout.Alternate;
import org.paperkg.serve.view.PaperView;
import org.paperkg.serve.view.PaperView.Comparison;
import org.paperkg.serve.view.PaperView.Fact;
import org.paperkg.serve.view.PaperView.Group;

/**
 * A paper's page: title, date, the abstract with its extracted mentions marked, and its facts
 * grouped by kind, each with its confidence and a link to the evidence it was read from.
 */
public final class PaperPage {

    private PaperPage() {
    }

    public static String render(PaperView p, Links links, List<Alternate> alternates) {
        Html h = new Html();
        h.add("<article class=\"paper\">\n<p class=\"kind\">Paper</p>\n<h1>%s</h1>\n", p.title());
        h.add("<p class=\"meta\">%s</p>\n", meta(p));
        h.add("<p class=\"iri\">%s</p>\n", p.iri());
        h.add("<section><h2>Abstract</h2>\n<p class=\"abstract\">%s</p>\n", Highlighter.highlight(p.abstractText(), p.mentions(), links));
        if (!p.mentions().isEmpty()) {
            h.add("<p class=\"legend\">Marked: <mark class=\"m-method\">method</mark> <mark class=\"m-dataset\">dataset</mark> "
                    + "<mark class=\"m-metric\">metric</mark> <mark class=\"m-task\">task</mark> "
                    + "<mark class=\"m-result\">result</mark> <mark class=\"m-code\">code</mark></p>\n");
        }
        h.add("</section>\n");
        facts(h, p.facts(), links);
        if (!p.results().isEmpty()) {
            h.add("<section><h2>Results</h2>\n%s</section>\n", ResultTable.ofPaper(p.results(), links));
        }
        if (!p.comparisons().isEmpty()) {
            h.add("<section><h2>Comparisons</h2>\n<ul class=\"comparisons\">\n");
            for (Comparison c : p.comparisons()) {
                h.add("<li>%s outperforms %s <span class=\"conf\">%s</span> %s</li>\n", links.to(c.better(), c.betterLabel()),
                        links.to(c.baseline(), c.baselineLabel()), Format.confidence(c.confidence()),
                        ResultTable.evidence(links, c.evidence()));
            }
            h.add("</ul></section>\n");
        }
        if (p.facts().isEmpty() && p.results().isEmpty()) {
            h.add("<p class=\"note\">No facts were extracted from this paper.</p>\n");
        }
        if (!p.sources().isEmpty()) {
            h.add("<section><h2>Read from</h2>\n<ul class=\"sources\">\n");
            p.sources().forEach(s -> h.add("<li><code>%s</code>, line %s</li>\n", s.file(), s.line()));
            h.add("</ul></section>\n");
        }
        h.add("</article>\n");
        return Layout.page(p.title(), null, h, alternates, null);
    }

    private static Html meta(PaperView p) {
        Html m = new Html();
        String sep = "";
        if (p.date() != null) {
            m.add("<time>%s</time>", p.date());
            sep = " · ";
        }
        if (p.arxivId() != null) {
            m.add("%s<a href=\"%s\" rel=\"nofollow noopener\">arXiv:%s</a>", sep, "https://arxiv.org/abs/" + p.arxivId(), p.arxivId());
            sep = " · ";
        }
        if (!p.categories().isEmpty()) {
            m.add("%s%s", sep, String.join(", ", p.categories()));
        }
        return m;
    }

    private static void facts(Html h, Map<Group, List<Fact>> facts, Links links) {
        if (facts.isEmpty()) {
            return;
        }
        h.add("<section class=\"facts\"><h2>Facts</h2>\n");
        for (Group g : Group.values()) {
            List<Fact> list = facts.get(g);
            if (list == null) {
                continue;
            }
            h.add("<h3>%s <span class=\"count\">%s</span></h3>\n", g.heading(), list.size());
            h.add("<table class=\"facts\"><thead><tr><th>%s</th><th class=\"num\">Confidence</th><th>Evidence</th></tr></thead><tbody>\n",
                    g == Group.CODE ? "Repository" : "Name");
            for (Fact f : list) {
                Html.Raw sentence = f.sentence() == null ? Html.raw("")
                        : Html.fragment("<q>%s</q> ", f.sentence());
                Html.Raw more = f.evidenceCount() > 1 ? Html.fragment(" <span class=\"more\">(%s mentions)</span>", f.evidenceCount())
                        : Html.raw("");
                h.add("<tr><td>%s</td><td class=\"num\">%s</td><td class=\"evidence\">%s%s%s</td></tr>\n",
                        links.to(f.object(), f.label()), Format.confidence(f.confidence()), sentence,
                        ResultTable.evidence(links, f.evidence()), more);
            }
            h.add("</tbody></table>\n");
        }
        h.add("</section>\n");
    }
}
