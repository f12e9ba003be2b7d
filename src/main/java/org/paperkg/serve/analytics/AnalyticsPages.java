package org.paperkg.serve.analytics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.paperkg.query.CatalogueQuery;
import org.paperkg.query.ParameterType;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.query.QueryParameter;
import org.paperkg.query.QueryResultTable;
import org.paperkg.serve.html.Html;

/**
 * The content of the Analytics pages, built with the escaping {@link Html} builder: every text
 * from the data or the request is escaped, links are built from encoded parts.
 */
final class AnalyticsPages {

    private final Function<String, String> hrefForIri;
    private final PrefixMapping prefixes;

    /**
     * @param hrefForIri where an IRI in a result links to, or null for no link
     * @param prefixes   shortens IRIs for display
     */
    AnalyticsPages(Function<String, String> hrefForIri, PrefixMapping prefixes) {
        this.hrefForIri = hrefForIri;
        this.prefixes = prefixes;
    }

    /** What a card on the index shows under its sentence: a small chart, a figure, or nothing. */
    record Preview(String chartSvg, String figure) {
        static final Preview NONE = new Preview(null, null);
    }

    /** The index: the catalogue's questions grouped by {@link QuestionKind}, one card each. */
    Html index(String base, QueryCatalogue catalogue, Function<CatalogueQuery, Preview> previews) {
        Map<QuestionKind, List<CatalogueQuery>> byKind = new EnumMap<>(QuestionKind.class);
        for (CatalogueQuery q : catalogue.queries()) {
            byKind.computeIfAbsent(QuestionKind.of(q.name()), k -> new java.util.ArrayList<>()).add(q);
        }
        Html h = new Html().add("<h1>Analytics</h1>\n<p class=\"lead\">Ready questions about the literature in the graph. "
                + "Each card runs a query of the catalogue; open one to set its parameters, read the whole answer and "
                + "download it.</p>\n");
        byKind.forEach((kind, queries) -> {
            h.add("<section class=\"kind\" id=\"%s\">\n<h2>%s</h2>\n<p class=\"note\">%s</p>\n<div class=\"cards\">\n",
                    kind.name().toLowerCase(Locale.ROOT), kind.heading(), kind.sentence());
            for (CatalogueQuery q : queries) {
                Preview p = previews.apply(q);
                h.add("<a class=\"card\" href=\"%s\">\n<h3>%s</h3>\n<p>%s</p>\n", base + "/" + q.name(), q.title(),
                        prose(firstSentence(q.description())));
                if (p.chartSvg() != null) {
                    h.add("<figure class=\"mini\">%s</figure>\n", Html.raw(p.chartSvg()));
                } else if (p.figure() != null) {
                    h.add("<p class=\"figure\">%s</p>\n", p.figure());
                }
                h.add("</a>\n");
            }
            h.add("</div>\n</section>\n");
        });
        return h;
    }

    /** The first sentence of a description (up to the first ". " or the end). */
    static String firstSentence(String description) {
        String d = description == null ? "" : description.strip();
        int depth = 0;
        for (int i = 0; i < d.length() - 1; i++) {
            char c = d.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '.' && depth == 0 && d.charAt(i + 1) == ' ') {
                return d.substring(0, i + 1);
            }
        }
        return d;
    }

    /** Description text with its {@code `code`} spans as {@code <code>} elements, the rest escaped. */
    static Html prose(String text) {
        Html h = new Html();
        String[] parts = (text == null ? "" : text).split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1 && i < parts.length - 1) {
                h.add("<code>%s</code>", parts[i]);
            } else {
                h.text(i % 2 == 1 ? "`" + parts[i] : parts[i]);
            }
        }
        return h;
    }

    /** What a query page shows besides the form: any of these may be absent. */
    record Outcome(QueryResultTable table, String chartSvg, List<String> notes, String error, long millis) {
    }

    /**
     * One query's page.
     *
     * @param base   the servlet's path
     * @param values the parameter values to show in the form (given or default)
     * @param query  the request's query string, to build download links ("" for none)
     * @param labels entity labels the entity fields offer for completion
     */
    Html query(String base, CatalogueQuery q, Map<String, String> values, String query, List<String> labels, Outcome outcome) {
        Html h = new Html();
        String self = base + "/" + q.name();
        h.add("<p class=\"crumbs\"><a href=\"%s/\">Analytics</a> › %s</p>\n", base, QuestionKind.of(q.name()).heading());
        h.add("<h1>%s</h1>\n<p class=\"description\">%s</p>\n", q.title(), prose(q.description()));
        form(h, self, q, values, labels);
        if (outcome.error() != null) {
            h.add("<p class=\"error\" role=\"alert\">%s</p>\n", outcome.error());
        }
        if (!outcome.notes().isEmpty()) {
            h.add("<ul class=\"notes\">\n");
            outcome.notes().forEach(n -> h.add("<li>%s</li>\n", n));
            h.add("</ul>\n");
        }
        if (outcome.table() != null) {
            QueryResultTable t = outcome.table();
            String suffix = query.isEmpty() ? "" : "?" + query;
            h.add("<p class=\"summary\">%s%s %s in %s ms", t.size(), t.truncated() ? "+" : "", t.size() == 1 ? "row" : "rows",
                    outcome.millis());
            boolean graph = t.columns().equals(List.of("subject", "predicate", "object")) && q.sparql().contains("CONSTRUCT");
            for (String ext : graph ? List.of("ttl", "jsonld") : List.of("csv", "tsv", "json")) {
                h.add(" · <a href=\"%s\">%s</a>", self + "." + ext + suffix, ext.toUpperCase(Locale.ROOT));
            }
            if (outcome.chartSvg() != null) {
                h.add(" · <a href=\"%s\">SVG chart</a>", self + ".svg" + suffix);
            }
            h.add("</p>\n");
            if (outcome.chartSvg() != null) {
                h.add("<figure class=\"chart\">\n%s</figure>\n", Html.raw(outcome.chartSvg()));
            }
            table(h, t);
        }
        h.add("<details><summary>SPARQL</summary>\n<pre>%s</pre>\n", q.sparql());
        for (String e : q.examples()) {
            h.add("<p>On the command line: <code>%s</code></p>\n", e);
        }
        return h.add("</details>\n");
    }

    private static void form(Html h, String action, CatalogueQuery q, Map<String, String> values, List<String> labels) {
        if (q.parameters().isEmpty()) {
            return;
        }
        h.add("<form class=\"params\" method=\"get\" action=\"%s\">\n", action);
        boolean completion = false;
        for (QueryParameter p : q.parameters()) {
            String id = "p-" + p.name();
            String value = values.getOrDefault(p.name(), "");
            h.add("<div class=\"field\">\n<label for=\"%s\">%s%s</label>\n", id, p.name(), p.required() ? " (required)" : "");
            List<String> options = p.type() == ParameterType.CHOICE ? p.choices()
                    : p.type() == ParameterType.BOOLEAN ? List.of("false", "true") : null;
            if (options != null) {
                h.add("<select id=\"%s\" name=\"%s\">", id, p.name());
                for (String o : options) {
                    h.add("<option%s>%s</option>", Html.raw(o.equals(value) ? " selected" : ""), o);
                }
                h.add("</select>\n");
            } else {
                boolean entity = p.type().isResolved() && p.type() != ParameterType.PAPER && !labels.isEmpty();
                completion |= entity;
                h.add("<input id=\"%s\" name=\"%s\" value=\"%s\" placeholder=\"%s\"%s%s>\n", id, p.name(), value,
                        p.type().expected(), Html.raw(entity ? " list=\"entity-labels\" autocomplete=\"off\"" : ""),
                        Html.raw(p.required() ? " required" : ""));
            }
            h.add("<small>%s</small>\n</div>\n", p.description());
        }
        if (completion) {
            h.add("<datalist id=\"entity-labels\">\n");
            labels.forEach(l -> h.add("<option value=\"%s\"></option>\n", l));
            h.add("</datalist>\n");
        }
        h.add("<p><button type=\"submit\">Run</button></p>\n</form>\n");
    }

    private void table(Html h, QueryResultTable t) {
        h.add("<div class=\"scroll\"><table>\n<thead><tr>");
        t.columns().forEach(c -> h.add("<th>%s</th>", c));
        h.add("</tr></thead>\n<tbody>\n");
        for (List<RDFNode> row : t.rows()) {
            h.add("<tr>");
            row.forEach(n -> cell(h, n));
            h.add("</tr>\n");
        }
        h.add("</tbody>\n</table></div>\n");
        if (t.truncated()) {
            h.add("<p class=\"notes\">Only the first %s rows are shown; the downloads have them all.</p>\n", t.size());
        }
    }

    private void cell(Html h, RDFNode n) {
        if (n == null) {
            h.add("<td></td>");
        } else if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            String href = hrefForIri.apply(iri);
            if (href != null) {
                h.add("<td><a href=\"%s\">%s</a></td>", href, prefixes.shortForm(iri));
            } else {
                h.add("<td>%s</td>", prefixes.shortForm(iri));
            }
        } else if (n.isLiteral()) {
            h.add(Charts.number(n) != null ? "<td class=\"num\">%s</td>" : "<td>%s</td>", n.asLiteral().getLexicalForm());
        } else {
            h.add("<td>%s</td>", QueryResultTable.text(n));
        }
    }

    /** A query string holding {@code values}, URL-encoded. */
    static String queryString(Map<String, String> values) {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }
}
