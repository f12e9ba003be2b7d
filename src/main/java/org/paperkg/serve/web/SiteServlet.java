package org.paperkg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.paperkg.query.CatalogueQuery;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.serve.html.HomePage;
import org.paperkg.serve.html.QueryPage;
import org.paperkg.serve.html.SearchPage;
import org.paperkg.serve.view.QueryOutcome;

/** The pages that are not resources: the home page ({@code /}), search and the query page. */
final class SiteServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Longest query text the query page accepts (a GET form puts it in the URL). */
    static final int MAX_QUERY_CHARS = 100_000;

    private final transient Site site;
    private final transient List<CatalogueQuery> canned;
    private final boolean yasgui;

    SiteServlet(Site site) {
        this.site = site;
        this.canned = QueryCatalogue.load().queries();
        this.yasgui = StaticServlet.has("yasgui.js");
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        switch (path) {
            case "/", "" -> Responses.html(resp, 200, HomePage.render(site.home().load(), site.links(), site.searchAvailable()));
            case "/search" -> Responses.html(resp, 200, SearchPage.render(site.search().search(req.getParameter("q")), site.links()));
            case "/query" -> query(req, resp);
            default -> Responses.notFound(req, resp, path);
        }
    }

    private void query(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String text = req.getParameter("query");
        String example = req.getParameter("example");
        CatalogueQuery chosen = example == null ? null : canned.stream().filter(c -> c.name().equals(example)).findFirst().orElse(null);
        QueryOutcome outcome = null;
        if (text == null || text.isBlank()) {
            text = chosen != null ? chosen.sparql() : QueryPage.starter(site.prefixes());
        } else if (text.length() > MAX_QUERY_CHARS) {
            outcome = QueryOutcome.failed("The query is longer than " + MAX_QUERY_CHARS + " characters.", 0, 400);
        } else {
            outcome = site.queries().run(text);
        }
        int status = outcome == null ? 200 : outcome.status();
        Responses.html(resp, status, QueryPage.render(text, canned, chosen == null ? null : chosen.name(), outcome, site.nodes(),
                site.iris().base(), yasgui));
    }
}
