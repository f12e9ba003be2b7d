package org.paperkg.serve.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.paperkg.serve.html.ErrorPage;

/**
 * Writing responses: pages, RDF in a chosen form, errors. The security headers are not set here:
 * {@link SecurityHeaders} puts them on every response the server sends.
 */
final class Responses {

    private Responses() {
    }

    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    static void rdf(HttpServletResponse resp, Model model, Representation form) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(form.mediaType() + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, model, form.lang());
        }
    }

    /** 404: a page for browsers, a line of text for everyone else. */
    static void notFound(HttpServletRequest req, HttpServletResponse resp, String what) throws IOException {
        if (Representation.negotiate(req.getHeader("Accept")) == Representation.HTML) {
            html(resp, HttpServletResponse.SC_NOT_FOUND, ErrorPage.notFound(what));
        } else {
            text(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: " + what);
        }
    }

    static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            out.write((message + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The scheme, host and port the client used, with a trailing slash: "http://127.0.0.1:3030/". */
    static String baseUrl(HttpServletRequest req) {
        StringBuilder sb = new StringBuilder().append(req.getScheme()).append("://").append(req.getServerName());
        int port = req.getServerPort();
        boolean defaultPort = ("http".equals(req.getScheme()) && port == 80) || ("https".equals(req.getScheme()) && port == 443);
        if (!defaultPort && port > 0) {
            sb.append(':').append(port);
        }
        return sb.append('/').toString();
    }
}
