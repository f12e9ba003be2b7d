package org.paperkg.serve.analytics;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.paperkg.query.CatalogueQuery;
import org.paperkg.query.ParameterType;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.query.QueryParameter;
import org.paperkg.query.QueryResultTable;

/**
 * The HTML of the Analytics pages, as fragments for a {@link PageFrame}. Every text that
 * comes from the data or the request is escaped here; links are built from escaped, encoded
 * parts.
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

    /** The list of queries; {@code base} is the servlet's path ("/analytics"). */
    String list(String base, QueryCatalogue catalogue) {
        StringBuilder sb = new StringBuilder();
        sb.append("<h1>Analytics</h1>\n<p>Ready questions about the literature in the graph. Each runs a SPARQL query "
                + "from the catalogue; open one to set its parameters, read the answer and download it.</p>\n<dl class=\"catalogue\">\n");
        for (CatalogueQuery q : catalogue.queries()) {
            sb.append("<dt><a href=\"").append(Markup.escape(base + "/" + q.name())).append("\">")
                    .append(Markup.escape(q.title())).append("</a></dt>\n<dd>")
                    .append(Markup.escape(q.description())).append("</dd>\n");
        }
        return sb.append("</dl>\n").toString();
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
     */
    String query(String base, CatalogueQuery q, Map<String, String> values, String query, Outcome outcome) {
        StringBuilder sb = new StringBuilder();
        String self = base + "/" + q.name();
        sb.append("<p><a href=\"").append(Markup.escape(base)).append("\">Analytics</a></p>\n");
        sb.append("<h1>").append(Markup.escape(q.title())).append("</h1>\n");
        sb.append("<p class=\"description\">").append(Markup.escape(q.description())).append("</p>\n");
        form(sb, self, q, values);
        if (outcome.error() != null) {
            sb.append("<p class=\"error\" role=\"alert\">").append(Markup.escape(outcome.error())).append("</p>\n");
        }
        if (!outcome.notes().isEmpty()) {
            sb.append("<ul class=\"notes\">\n");
            outcome.notes().forEach(n -> sb.append("<li>").append(Markup.escape(n)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        if (outcome.table() != null) {
            QueryResultTable t = outcome.table();
            String suffix = query.isEmpty() ? "" : "?" + query;
            sb.append("<p class=\"summary\">").append(t.size()).append(t.truncated() ? "+" : "")
                    .append(t.size() == 1 ? " row" : " rows").append(" in ").append(outcome.millis()).append(" ms");
            boolean graph = t.columns().equals(List.of("subject", "predicate", "object"))
                    && q.sparql().contains("CONSTRUCT");
            for (String ext : graph ? List.of("ttl", "jsonld") : List.of("csv", "tsv", "json")) {
                sb.append(" · <a href=\"").append(Markup.escape(self + "." + ext + suffix)).append("\">")
                        .append(ext.toUpperCase(java.util.Locale.ROOT)).append("</a>");
            }
            if (outcome.chartSvg() != null) {
                sb.append(" · <a href=\"").append(Markup.escape(self + ".svg" + suffix)).append("\">SVG chart</a>");
            }
            sb.append("</p>\n");
            if (outcome.chartSvg() != null) {
                sb.append("<figure class=\"chart\">\n").append(outcome.chartSvg()).append("</figure>\n");
            }
            table(sb, t);
        }
        sb.append("<details><summary>SPARQL</summary>\n<pre>").append(Markup.escape(q.sparql())).append("</pre>\n");
        for (String e : q.examples()) {
            sb.append("<p>On the command line: <code>").append(Markup.escape(e)).append("</code></p>\n");
        }
        sb.append("</details>\n");
        return sb.toString();
    }

    private static void form(StringBuilder sb, String action, CatalogueQuery q, Map<String, String> values) {
        sb.append("<form class=\"params\" method=\"get\" action=\"").append(Markup.escape(action)).append("\">\n");
        for (QueryParameter p : q.parameters()) {
            String id = "p-" + p.name();
            String value = values.getOrDefault(p.name(), "");
            sb.append("<label for=\"").append(id).append("\">").append(Markup.escape(p.name()))
                    .append(p.required() ? " (required)" : "").append(" <small>")
                    .append(Markup.escape(p.description())).append("</small></label>\n");
            List<String> options = p.type() == ParameterType.CHOICE ? p.choices()
                    : p.type() == ParameterType.BOOLEAN ? List.of("false", "true") : null;
            if (options != null) {
                sb.append("<select id=\"").append(id).append("\" name=\"").append(Markup.escape(p.name())).append("\">");
                for (String o : options) {
                    sb.append("<option").append(o.equals(value) ? " selected" : "").append('>')
                            .append(Markup.escape(o)).append("</option>");
                }
                sb.append("</select>\n");
            } else {
                sb.append("<input id=\"").append(id).append("\" name=\"").append(Markup.escape(p.name()))
                        .append("\" value=\"").append(Markup.escape(value)).append("\" placeholder=\"")
                        .append(Markup.escape(p.type().expected())).append("\" size=\"40\"")
                        .append(p.required() ? " required" : "").append(">\n");
            }
        }
        sb.append("<p><button type=\"submit\">Run</button></p>\n</form>\n");
    }

    private void table(StringBuilder sb, QueryResultTable t) {
        sb.append("<table>\n<thead><tr>");
        t.columns().forEach(c -> sb.append("<th>").append(Markup.escape(c)).append("</th>"));
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<RDFNode> row : t.rows()) {
            sb.append("<tr>");
            for (RDFNode n : row) {
                cell(sb, n);
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        if (t.truncated()) {
            sb.append("<p class=\"notes\">Only the first ").append(t.size())
                    .append(" rows are shown; the downloads have them all.</p>\n");
        }
    }

    private void cell(StringBuilder sb, RDFNode n) {
        if (n == null) {
            sb.append("<td></td>");
        } else if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            String shown = prefixes.shortForm(iri);
            String href = hrefForIri.apply(iri);
            sb.append("<td>");
            if (href != null) {
                sb.append("<a href=\"").append(Markup.escape(href)).append("\">").append(Markup.escape(shown)).append("</a>");
            } else {
                sb.append(Markup.escape(shown));
            }
            sb.append("</td>");
        } else if (n.isLiteral()) {
            boolean numeric = Charts.number(n) != null;
            sb.append(numeric ? "<td class=\"num\">" : "<td>").append(Markup.escape(n.asLiteral().getLexicalForm()))
                    .append("</td>");
        } else {
            sb.append("<td>").append(Markup.escape(QueryResultTable.text(n))).append("</td>");
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
