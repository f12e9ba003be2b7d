package org.paperkg.serve.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.fuseki.main.sys.FusekiErrorHandler;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every response carries, pages, SPARQL results, static files and errors alike: a
 * Content-Security-Policy that lets a page run only the server's own script files and use only
 * its own stylesheet (no inline script or style, no {@code eval}, nothing from other sites, no
 * framing), {@code X-Content-Type-Options: nosniff} so that a browser never takes text or results
 * for HTML or script, and a same-origin referrer policy.
 *
 * <p>As a filter it comes first in the chain and puts the headers back if a servlet resets the
 * response; {@link #errorHandler()} does the same for the errors Jetty answers itself (a malformed
 * request line, headers too large) before any filter runs.
 */
public final class SecurityHeaders implements Filter {

    /** Only the server's own files; even a mistake in escaping could not run injected code. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /** Header name to value. */
    public static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse resp = (HttpServletResponse) response;
        HEADERS.forEach(resp::setHeader);
        chain.doFilter(request, new Kept(resp));
    }

    /** Jetty's error handler for the server and the context, with the same headers. */
    public static FusekiErrorHandler errorHandler() {
        return new FusekiErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                HttpFields.Mutable headers = response.getHeaders();
                HEADERS.forEach(headers::put);
                return super.handle(request, response, callback);
            }
        };
    }

    /** A response whose {@code reset()} keeps the security headers. */
    private static final class Kept extends HttpServletResponseWrapper {
        Kept(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void reset() {
            super.reset();
            HEADERS.forEach(this::setHeader);
        }
    }
}
