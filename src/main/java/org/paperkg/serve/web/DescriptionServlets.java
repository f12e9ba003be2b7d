package org.paperkg.serve.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.paperkg.serve.html.Layout.Alternate;
import org.paperkg.serve.html.ResourcePage;

/**
 * The descriptions of the service and the data: the SPARQL Service Description at
 * {@code GET /kg/sparql} (no query), VoID/DCAT plus the service description at
 * {@code /.well-known/void}, and the whole graph as gzipped N-Quads at {@code /dump/paperkg.nq.gz}.
 */
final class DescriptionServlets {

    private DescriptionServlets() {
    }

    /** Answers a GET of the query endpoint that carries no query: browsers go to the query page. */
    static final class EndpointFilter implements Filter {
        private final Site site;
        private final boolean allowUpdate;

        EndpointFilter(Site site, boolean allowUpdate) {
            this.site = site;
            this.allowUpdate = allowUpdate;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            HttpServletResponse resp = (HttpServletResponse) response;
            boolean plainGet = ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))
                    && req.getParameter("query") == null && req.getParameter("update") == null;
            if (!plainGet) {
                chain.doFilter(request, response);
                return;
            }
            Representation form = rdfOrHtml(req.getHeader("Accept"));
            if (form == Representation.HTML) {
                resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                resp.setHeader("Location", "/query");
                return;
            }
            resp.setHeader("Vary", "Accept");
            Responses.rdf(resp, ServiceDescription.describe(site.dataset(), site.iris(), Responses.baseUrl(req), allowUpdate), form);
        }
    }

    /** {@code /.well-known/void}: the dataset's VoID/DCAT description and the service description. */
    static final class WellKnownVoid extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Site site;
        private final boolean allowUpdate;

        WellKnownVoid(Site site, boolean allowUpdate) {
            this.site = site;
            this.allowUpdate = allowUpdate;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Model m = ServiceDescription.describe(site.dataset(), site.iris(), Responses.baseUrl(req), allowUpdate);
            Representation form = Representation.bySuffix(req.getRequestURI());
            if (form == null) {
                form = Representation.negotiate(req.getHeader("Accept"));
                resp.setHeader("Vary", "Accept");
            }
            if (form != Representation.HTML) {
                Responses.rdf(resp, m, form);
                return;
            }
            List<Alternate> alternates = Representation.rdf().stream()
                    .map(r -> new Alternate(r.label(), "/.well-known/void" + r.suffix(), r.mediaType())).toList();
            Responses.html(resp, 200, ResourcePage.render(site.iris().dataset(), m, false, site.nodes(), alternates));
        }
    }

    /** {@code /dump/paperkg.nq.gz}: every quad of the store, streamed in one read transaction. */
    static final class Dump extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Site site;

        Dump(Site site) {
            this.site = site;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String name = req.getPathInfo() == null ? "" : req.getPathInfo();
            if (!"/paperkg.nq.gz".equals(name)) {
                Responses.notFound(req, resp, "/dump" + name);
                return;
            }
            resp.setStatus(200);
            resp.setHeader("Content-Disposition", "attachment; filename=\"paperkg.nq.gz\"");
            resp.setContentType("application/gzip");
            try (OutputStream raw = resp.getOutputStream(); GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16)) {
                Txn.executeRead(site.dataset(), () -> RDFDataMgr.write(gz, site.dataset(), Lang.NQUADS));
                gz.finish();
            }
        }
    }

    /** HTML for browsers; otherwise an RDF form, Turtle when the client has no preference. */
    private static Representation rdfOrHtml(String accept) {
        if (accept == null || accept.isBlank() || accept.strip().equals("*/*")) {
            return Representation.TURTLE;
        }
        return Representation.negotiate(accept);
    }
}
