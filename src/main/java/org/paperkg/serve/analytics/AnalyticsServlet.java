package org.paperkg.serve.analytics;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.QueryCancelledException;
import org.paperkg.query.BoundQuery;
import org.paperkg.query.CatalogueQuery;
import org.paperkg.query.CatalogueRunner;
import org.paperkg.query.QueryParameter;
import org.paperkg.query.QueryUsageException;
import org.paperkg.query.ResultFormat;
import org.paperkg.query.QueryResultTable;
import org.paperkg.serve.html.Html;
import org.paperkg.serve.html.Layout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Analytics page, mounted at {@code /analytics/*}:
 * <ul>
 * <li>{@code GET /analytics} lists the catalogue;</li>
 * <li>{@code GET /analytics/NAME?param=value...} shows the query's description, a form, the
 *     result table and its chart; with no parameters it runs with the defaults;</li>
 * <li>{@code GET /analytics/NAME.csv|.tsv|.json} (graph queries: {@code .ttl|.jsonld}) with the
 *     same parameters downloads the whole result, and {@code NAME.svg} the chart.</li>
 * </ul>
 * Pages work without JavaScript. A bad parameter gives the page again with the message and the
 * values as typed (status 400); a query that runs out of time gives 503.
 *
 * <pre>{@code
 * CatalogueRunner runner = new CatalogueRunner(QueryCatalogue.load(), SparqlTarget.local(dataset, timeout, "store"), iris);
 * context.addServlet(new ServletHolder(new AnalyticsServlet(runner, links::href, frame)), "/analytics/*");
 * }</pre>
 */
public final class AnalyticsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AnalyticsServlet.class);

    /** Rows a page shows; the downloads have every row. */
    public static final int MAX_PAGE_ROWS = 500;

    private final transient CatalogueRunner runner;
    private final transient AnalyticsPages pages;
    private final transient AnalyticsPreviews previews;

    /** A servlet that links IRIs to themselves. */
    public AnalyticsServlet(CatalogueRunner runner) {
        this(runner, iri -> iri);
    }

    /**
     * @param runner     runs the catalogue on the served graph
     * @param hrefForIri where an IRI in a result links to (the server's resource pages), or null for none
     */
    public AnalyticsServlet(CatalogueRunner runner, Function<String, String> hrefForIri) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.pages = new AnalyticsPages(Objects.requireNonNull(hrefForIri, "hrefForIri"), runner.prefixes());
        this.previews = new AnalyticsPreviews(runner);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = req.getContextPath() + req.getServletPath();
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/")) {
            html(resp, HttpServletResponse.SC_OK, "Analytics", pages.index(base, runner.catalogue(),
                    previews.forPage(runner.catalogue().queries())));
            return;
        }
        String name = path.substring(1);
        String ext = null;
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            ext = name.substring(dot + 1);
            name = name.substring(0, dot);
        }
        Optional<CatalogueQuery> found = runner.catalogue().find(name);
        if (found.isEmpty() || name.contains("/")) {
            html(resp, HttpServletResponse.SC_NOT_FOUND, "Not found", new Html().add(
                    "<p class=\"error\">There is no query '%s'; the questions are listed below.</p>\n%s", name,
                    pages.index(base, runner.catalogue(), q -> AnalyticsPages.Preview.NONE)));
            return;
        }
        CatalogueQuery q = found.get();
        Map<String, String> given = given(req, q);
        if (ext == null) {
            page(resp, base, q, given);
        } else {
            download(resp, q, given, ext);
        }
    }

    /** The request's values for the query's parameters; blank fields mean "use the default". */
    private static Map<String, String> given(HttpServletRequest req, CatalogueQuery q) {
        Map<String, String> given = new LinkedHashMap<>();
        for (QueryParameter p : q.parameters()) {
            String v = req.getParameter(p.name());
            if (v != null && !v.isBlank()) {
                given.put(p.name(), v);
            }
        }
        return given;
    }

    private void page(HttpServletResponse resp, String base, CatalogueQuery q, Map<String, String> given)
            throws IOException {
        Map<String, String> shown = new LinkedHashMap<>();
        for (QueryParameter p : q.parameters()) {
            shown.put(p.name(), given.getOrDefault(p.name(), p.required() ? "" : p.defaultValue()));
        }
        String queryString = AnalyticsPages.queryString(given);
        boolean missingRequired = q.parameters().stream().anyMatch(p -> p.required() && !given.containsKey(p.name()));
        if (missingRequired && given.isEmpty()) {
            AnalyticsPages.Outcome none = new AnalyticsPages.Outcome(null, null, List.of(),
                    null, 0);
            html(resp, HttpServletResponse.SC_OK, q.title(), pages.query(base, q, shown, queryString, previews.labels(), none));
            return;
        }
        try {
            long start = System.nanoTime();
            BoundQuery bound = runner.bind(q, given);
            QueryResultTable table = runner.table(bound, MAX_PAGE_ROWS);
            long millis = (System.nanoTime() - start) / 1_000_000;
            String chart = Charts.render(q.title(), q.chart(), table).orElse(null);
            html(resp, HttpServletResponse.SC_OK, q.title(), pages.query(base, q, shown, queryString, previews.labels(),
                    new AnalyticsPages.Outcome(table, chart, bound.notes(), null, millis)));
        } catch (QueryUsageException e) {
            html(resp, HttpServletResponse.SC_BAD_REQUEST, q.title(), pages.query(base, q, shown, queryString, previews.labels(),
                    new AnalyticsPages.Outcome(null, null, List.of(), e.getMessage(), 0)));
        } catch (QueryCancelledException e) {
            html(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, q.title(), pages.query(base, q, shown, queryString, previews.labels(),
                    new AnalyticsPages.Outcome(null, null, List.of(), "The query ran out of time; narrow it with "
                            + "its parameters (a higher minConfidence, a smaller limit or period) and run it again.", 0)));
        }
    }

    private void download(HttpServletResponse resp, CatalogueQuery q, Map<String, String> given, String ext)
            throws IOException {
        BoundQuery bound;
        try {
            bound = runner.bind(q, given);
        } catch (QueryUsageException e) {
            text(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        boolean graph = bound.query().isConstructType() || bound.query().isDescribeType();
        if (ext.equals("svg")) {
            Optional<String> svg = Charts.render(q.title(), q.chart(), runner.table(bound, MAX_PAGE_ROWS));
            if (svg.isEmpty()) {
                text(resp, HttpServletResponse.SC_NOT_FOUND, "query '" + q.name() + "' has no chart for these values");
                return;
            }
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType("image/svg+xml; charset=utf-8");
            resp.getOutputStream().write(svg.get().getBytes(StandardCharsets.UTF_8));
            return;
        }
        ResultFormat format = switch (ext) {
            case "csv" -> graph ? null : ResultFormat.csv;
            case "tsv" -> graph ? null : ResultFormat.tsv;
            case "json" -> graph ? null : ResultFormat.json;
            case "ttl" -> graph ? ResultFormat.table : null;
            case "jsonld" -> graph ? ResultFormat.json : null;
            default -> null;
        };
        if (format == null) {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "query '" + q.name() + "' can be downloaded as "
                    + (graph ? ".ttl or .jsonld" : ".csv, .tsv or .json") + (q.chart().kind().name().equals("NONE")
                    ? "" : ", and its chart as .svg"));
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(graph ? (format == ResultFormat.json ? "application/ld+json" : "text/turtle; charset=utf-8")
                : format.mediaType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + q.name() + "." + ext + "\"");
        try {
            OutputStream out = resp.getOutputStream();
            runner.write(bound, format, out);
            out.flush();
        } catch (QueryCancelledException e) {
            LOG.warn("analytics download of '{}' timed out", q.name());
            if (!resp.isCommitted()) {
                resp.reset();
                text(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "the query ran out of time");
            }
        }
    }

    private static void html(HttpServletResponse resp, int status, String title, Html body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(Layout.page(title, null, body, List.of(), null).getBytes(StandardCharsets.UTF_8));
    }

    private static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
