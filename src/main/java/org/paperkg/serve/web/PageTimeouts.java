package org.paperkg.serve.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;
import org.paperkg.serve.html.ErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a page whose query ran over the server's time limit into HTTP 503 with a page that says
 * so and how to ask for less, instead of the bare 500 Jetty would send for the uncaught
 * {@link QueryCancelledException}. It sits in front of every servlet, but only the page servlets
 * (home, search, resource and ontology pages) let the exception out: the SPARQL endpoint and the
 * Analytics pages answer their own timeouts.
 */
final class PageTimeouts implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(PageTimeouts.class);

    private final Duration timeout;

    PageTimeouts(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException e) {
            if (!cancelled(e) || response.isCommitted()) {
                throw e;
            }
            HttpServletRequest req = (HttpServletRequest) request;
            HttpServletResponse resp = (HttpServletResponse) response;
            LOG.warn("{} ran over the time limit of {}", req.getRequestURI(), limit(timeout));
            resp.reset();
            resp.setHeader("Retry-After", "60");
            String advice = advice(timeout);
            if (Representation.negotiate(req.getHeader("Accept")) == Representation.HTML) {
                Responses.html(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, ErrorPage.of(503, "Over the time limit", advice));
            } else {
                Responses.text(resp, HttpServletResponse.SC_SERVICE_UNAVAILABLE, advice);
            }
        }
    }

    /** What the 503 page says: the limit, and what to narrow. */
    static String advice(Duration timeout) {
        return "The queries behind this page ran over the server's time limit of " + limit(timeout) + ", so it "
                + "was stopped. Ask for less: a shorter period (from and to on the Analytics pages), a higher confidence "
                + "(minConfidence), a named entity instead of a ranking, "
                + "or try again in a minute, when the server is less busy. The operator can raise serve's --timeout.";
    }

    /** "30 s", or "1 ms" for a limit under a second. */
    private static String limit(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    private static boolean cancelled(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof QueryCancelledException) {
                return true;
            }
        }
        return false;
    }
}
