package org.paperkg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.paperkg.domain.EntityType;
import org.paperkg.rdf.PK;
import org.paperkg.serve.analytics.EntityCharts;
import org.paperkg.serve.html.EntityPage;
import org.paperkg.serve.html.Layout.Alternate;
import org.paperkg.serve.html.OntologyPage;
import org.paperkg.serve.html.PaperPage;
import org.paperkg.serve.html.ResourcePage;
import org.paperkg.serve.view.EntityView;
import org.paperkg.serve.view.PaperView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dereferences the store's IRIs: {@code /resource/...} for everything under the resource base,
 * {@code /ontology} for the ontology and its terms. Browsers get a page, RDF clients the
 * resource's description in the form their Accept header or the path's suffix asks for.
 */
final class LinkedDataServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServlet.class);
    private static final long serialVersionUID = 1L;

    /** What a request path resolved to. */
    private record Target(String iri, String path, Representation form, boolean negotiated, Model description) {
    }

    private final transient Site site;

    LinkedDataServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        Target t = resolve(path, req.getHeader("Accept"));
        if (t == null) {
            Responses.notFound(req, resp, path);
            return;
        }
        List<Alternate> alternates = alternates(t.path());
        resp.setHeader("Link", linkHeader(alternates));
        if (t.negotiated()) {
            resp.setHeader("Vary", "Accept");
        }
        if (t.form() != Representation.HTML) {
            Responses.rdf(resp, t.description(), t.form());
            return;
        }
        Responses.html(resp, HttpServletResponse.SC_OK, page(t, req, alternates));
    }

    private Target resolve(String path, String accept) {
        for (String candidate : candidates(path)) {
            String iri = site.links().iriForPath(candidate);
            Model d = iri == null ? null : site.descriptions().describe(iri);
            if (d != null) {
                return new Target(iri, candidate, Representation.negotiate(accept), true, d);
            }
        }
        Representation bySuffix = Representation.bySuffix(path);
        if (bySuffix != null) {
            String base = path.substring(0, path.length() - (bySuffix == Representation.HTML ? 5 : bySuffix.suffix().length()));
            for (String candidate : candidates(base)) {
                String iri = site.links().iriForPath(candidate);
                Model d = iri == null ? null : site.descriptions().describe(iri);
                if (d != null) {
                    return new Target(iri, candidate, bySuffix, false, d);
                }
            }
        }
        return null;
    }

    /** The path as sent, and decoded when it has percent escapes. */
    private static List<String> candidates(String path) {
        List<String> out = new ArrayList<>(List.of(path));
        if (path.indexOf('%') >= 0) {
            try {
                out.add(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                LOG.debug("undecodable path {}", path);
            }
        }
        return out;
    }

    private String page(Target t, HttpServletRequest req, List<Alternate> alternates) {
        if (t.iri().equals(PK.ONTOLOGY_IRI)) {
            return OntologyPage.render(t.description(), site.nodes(), alternates);
        }
        List<String> types = site.descriptions().types(t.iri());
        if (types.contains(PK.Paper.getURI())) {
            PaperView p = site.papers().load(t.iri());
            if (p != null) {
                return PaperPage.render(p, site.links(), alternates);
            }
        }
        for (EntityType k : EntityType.values()) {
            if (types.contains(PK.NS + k.label())) {
                EntityView e = site.entities().load(t.iri(), pageNumber(req));
                if (e != null) {
                    return EntityPage.render(e, EntityCharts.of(e), site.links(), t.path(), alternates);
                }
            }
        }
        return ResourcePage.render(t.iri(), t.description(), site.descriptions().isGraph(t.iri()), site.nodes(), alternates);
    }

    private static int pageNumber(HttpServletRequest req) {
        String p = req.getParameter("page");
        try {
            return p == null ? 1 : Math.max(1, Integer.parseInt(p.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static List<Alternate> alternates(String path) {
        return Representation.rdf().stream().map(r -> new Alternate(r.label(), path + r.suffix(), r.mediaType())).toList();
    }

    private static String linkHeader(List<Alternate> alternates) {
        StringBuilder sb = new StringBuilder();
        for (Alternate a : alternates) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append('<').append(a.href()).append(">; rel=\"alternate\"; type=\"").append(a.mediaType()).append('"');
        }
        return sb.toString();
    }
}
