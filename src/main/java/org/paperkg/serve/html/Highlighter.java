package org.paperkg.serve.html;

import java.util.List;
import java.util.Locale;
import org.paperkg.rdf.PK;
import org.paperkg.serve.view.PaperView.Mention;

/**
 * Marks the extracted mentions in an abstract: each span becomes a link to what it names, coloured
 * by kind, its confidence in the tooltip. The text between and inside the marks is escaped.
 */
public final class Highlighter {

    private Highlighter() {
    }

    /**
     * The abstract with its mentions marked. Mentions must be sorted and must not overlap (as
     * {@code PaperViews} gives them); ones outside the text are skipped.
     */
    public static Html highlight(String text, List<Mention> mentions, Links links) {
        Html h = new Html();
        int at = 0;
        for (Mention m : mentions) {
            if (m.start() < at || m.end() > text.length() || m.end() <= m.start()) {
                continue;
            }
            h.text(text.substring(at, m.start()));
            String kind = kind(m.property());
            String tip = kindLabel(kind) + ": " + (m.label() == null ? "" : m.label())
                    + (Double.isNaN(m.confidence()) ? "" : " (confidence " + Format.confidence(m.confidence()) + ")");
            String href = links.href(m.object());
            String span = text.substring(m.start(), m.end());
            if (href == null) {
                h.add("<mark class=\"m-%s\" title=\"%s\">%s</mark>", kind, tip, span);
            } else {
                h.add("<mark class=\"m-%s\" title=\"%s\"><a href=\"%s\">%s</a></mark>", kind, tip, href, span);
            }
            at = m.end();
        }
        h.text(text.substring(at));
        return h;
    }

    /** The CSS kind of a mention from the property it supports. */
    static String kind(String property) {
        if (property == null || !property.startsWith(PK.NS)) {
            return "other";
        }
        return switch (property.substring(PK.NS.length())) {
            case "usesMethod", "proposes", "outperforms" -> "method";
            case "usesDataset" -> "dataset";
            case "usesMetric" -> "metric";
            case "addressesTask" -> "task";
            case "reportsResult" -> "result";
            case "codeRepository" -> "code";
            default -> "other";
        };
    }

    private static String kindLabel(String kind) {
        return kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
    }
}
