package org.paperkg.serve.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.paperkg.query.CatalogueQuery;
import org.paperkg.serve.view.QueryOutcome;

/**
 * The SPARQL query page: a text area pre-filled with the ontology's prefixes, the catalogue's queries
 * as examples, listed by title, and the results as a table.
 *
 * <p>Without JavaScript the form is a GET to {@code /query}, which runs the query on the server
 * and renders this page with the results; choosing an example and pressing "Load" fills the
 * text area the same way. With JavaScript and the YASGUI bundle in the jar (built with npm),
 * {@code /static/query-yasgui.js} puts Yasqe in place of the text area and Yasr in place of the
 * table, with paperkg's prefixes and ontology terms for completion and a chart view
 * ({@code /static/yasr-chart.js}); without the bundle {@code /static/query.js} sends the query to
 * {@code /kg/sparql} and draws the JSON results in place.
 */
public final class QueryPage {

    private static final String STARTER = """
            SELECT ?paper ?title ?date WHERE {
              ?paper a pk:Paper ; dcterms:title ?title .
              OPTIONAL { ?paper dcterms:issued ?date }
            }
            ORDER BY DESC(?date)
            LIMIT 20
            """;

    /** Where the script puts Yasqe and Yasr; hidden until it does, so a page without JavaScript shows only the form. */
    private static final String YASGUI = """
            <section id="yasgui" data-prefixes="%s" data-resource-base="%s" hidden>
            <p class="note">Ctrl+Enter runs the query, Ctrl+Space completes prefixes (after PREFIX), classes and properties of
            the ontology. The results can be sorted by any column, paged, shown as a chart (two columns: a label and a number)
            and downloaded (the arrow).</p>
            <div id="yasqe"></div>
            <div id="yasr"></div>
            </section>
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryPage() {
    }

    /** The prefixes as a JSON object, name to namespace, in name order. */
    private static String prefixJson(PrefixMapping prefixes) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(prefixes.getNsPrefixMap()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("prefixes cannot be written as JSON", e);
        }
    }

    /** The query a fresh page shows: the prefixes, then a first query to change. */
    public static String starter(PrefixMapping prefixes) {
        return prefixBlock(prefixes) + "\n" + STARTER;
    }

    /** The PREFIX lines of every paperkg prefix, in name order. */
    public static String prefixBlock(PrefixMapping prefixes) {
        StringBuilder sb = new StringBuilder();
        Map<String, String> sorted = new TreeMap<>(prefixes.getNsPrefixMap());
        sorted.forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }

    /**
     * @param text     the query in the text area
     * @param canned   the examples (the query catalogue)
     * @param selected the chosen example's name, or null
     * @param outcome  the results of running {@code text}, or null when it was not run
     * @param resourceBase the resource base, so the script links result IRIs to their pages here
     * @param yasgui   whether the jar holds the YASGUI bundle; without it (npm was missing when paperkg was built) the page
     *                 says that it offers the plain editor
     */
    public static String render(String text, List<CatalogueQuery> canned, String selected, QueryOutcome outcome, Nodes nodes,
            String resourceBase, boolean yasgui) {
        Html h = new Html();
        h.add("<h1>SPARQL query</h1>\n<p>The endpoint is <code>/kg/sparql</code> (SPARQL 1.1 protocol, GET or POST; "
                + "JSON, XML, CSV, TSV results by Accept header). %s</p>\n", yasgui
                        ? "The endpoint predeclares no prefixes: the editor adds the PREFIX line of a prefixed name you type "
                                + "(paperkg's and common ones)."
                        : "The prefixes below are predeclared here; keep them when you send the query elsewhere.");
        if (!yasgui) {
            h.add("<p class=\"note\" id=\"plain-editor\">This is the plain editor: this build of paperkg has no YASGUI "
                    + "(npm was not found when it was built; see docs/ui.md).</p>\n");
        }
        if (!canned.isEmpty()) {
            h.add("<form class=\"examples\" action=\"/query\" method=\"get\"><label for=\"example\">Example queries</label> "
                    + "<select id=\"example\" name=\"example\">\n");
            for (CatalogueQuery c : canned) {
                h.add("<option value=\"%s\" data-query=\"%s\"%s>%s</option>\n", c.name(), c.sparql(),
                        Html.raw(c.name().equals(selected) ? " selected" : ""), c.title());
            }
            h.add("</select> <button type=\"submit\">Load</button></form>\n");
            canned.stream().filter(c -> c.name().equals(selected) && !c.description().isEmpty())
                    .forEach(c -> h.add("<p class=\"note\" id=\"example-description\">%s</p>\n", c.description()));
        }
        if (yasgui) {
            h.add(YASGUI, prefixJson(nodes.prefixes()), resourceBase);
        }
        h.add("<form id=\"query-form\" action=\"/query\" method=\"get\">\n"
                + "<textarea id=\"query\" name=\"query\" rows=\"18\" spellcheck=\"false\" aria-label=\"SPARQL query\">%s</textarea>\n"
                + "<p><button type=\"submit\" name=\"run\" value=\"1\">Run query</button> "
                + "<span class=\"note\" id=\"query-status\"></span></p>\n</form>\n", text);
        h.add("<section id=\"results\" data-resource-base=\"%s\">%s</section>\n", resourceBase,
                outcome == null ? Html.raw("") : results(outcome, nodes));
        if (yasgui) {
            return Layout.page("SPARQL query", null, h, List.of(), List.of("/static/yasgui.css"),
                    List.of("/static/yasgui.js", "/static/yasr-chart.js", "/static/query-yasgui.js"));
        }
        return Layout.page("SPARQL query", null, h, List.of(), "/static/query.js");
    }

    private static Html results(QueryOutcome o, Nodes nodes) {
        Html h = new Html();
        if (o.error() != null) {
            return h.add("<p class=\"error\" role=\"alert\">%s</p>\n", o.error());
        }
        if (o.ask() != null) {
            return h.add("<p class=\"answer\">%s</p>\n", o.ask() ? "Yes (true)" : "No (false)");
        }
        h.add("<p class=\"note\">%s %s in %s ms.%s%s</p>\n", Format.count(o.total()), o.total() == 1 ? "row" : "rows", o.millis(),
                o.rows().size() < o.total() ? Html.fragment(" Showing the first %s.", Format.count(o.rows().size())) : Html.raw(""),
                o.capped() ? Html.raw(" The server's result limit cut the result.") : Html.raw(""));
        h.add("<div class=\"scroll\"><table class=\"sparql\"><thead><tr>");
        o.vars().forEach(v -> h.add("<th>%s</th>", v));
        h.add("</tr></thead><tbody>\n");
        for (List<Node> row : o.rows()) {
            h.add("<tr>");
            row.forEach(n -> h.add("<td>%s</td>", nodes.render(n)));
            h.add("</tr>\n");
        }
        return h.add("</tbody></table></div>\n");
    }
}
