package org.paperkg.serve.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/** The stylesheet and the query page's script, from the class path ({@code org/paperkg/serve/static/}). */
final class StaticServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ROOT = "/org/paperkg/serve/static/";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png");

    /** Whether the jar holds the static file {@code name} (the YASGUI bundle is there only when npm built it). */
    static boolean has(String name) {
        return StaticServlet.class.getResource(ROOT + name) != null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!name.matches("[A-Za-z0-9_-]+\\.[a-z]+") || !TYPES.containsKey(ext)) {
            Responses.notFound(req, resp, "/static/" + name);
            return;
        }
        try (InputStream in = StaticServlet.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                Responses.notFound(req, resp, "/static/" + name);
                return;
            }
            byte[] bytes = in.readAllBytes();
            resp.setStatus(200);
            resp.setContentType(TYPES.get(ext));
            resp.setHeader("Cache-Control", "max-age=3600");
            resp.setContentLength(bytes.length);
            try (OutputStream out = resp.getOutputStream()) {
                out.write(bytes);
            }
        }
    }
}
