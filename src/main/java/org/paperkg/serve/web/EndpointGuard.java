package org.paperkg.serve.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the SPARQL endpoints ({@code /kg/...}) refuse before Fuseki reads a request:
 * <ul>
 * <li>a body larger than the limit (HTTP 413), whether it announces its length or comes chunked;
 *     the authenticated data-loading endpoints ({@code /kg/data}, {@code /kg/upload}) are exempt;</li>
 * <li>a query string longer than {@value #MAX_QUERY_STRING} characters (HTTP 414: long queries
 *     go in a POST body), which also bounds the request line Fuseki logs;</li>
 * <li>the {@code stylesheet} and {@code callback} parameters (HTTP 400). Fuseki copies the first
 *     into an {@code <?xml-stylesheet?>} instruction of XML results and wraps JSON results in a
 *     call to the second, both unescaped: reflected cross-site scripting. Neither has a use here
 *     (the server ships no XSLT, and CORS is on, which JSONP only emulated), so they are refused
 *     with a message rather than escaped or silently dropped.</li>
 * </ul>
 */
final class EndpointGuard implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointGuard.class);

    /** The longest query string the endpoints take. */
    static final int MAX_QUERY_STRING = 16 * 1024;
    /** How much of an oversized body is read (and discarded) so that the 413 reaches the client. */
    static final long DRAIN_BYTES = 64L << 20;
    /** Parameters that Fuseki reflects into its responses unescaped. */
    static final List<String> REFUSED_PARAMETERS = List.of("stylesheet", "callback");

    private final String service;
    private final long maxBody;

    /** @param service the SPARQL service's path ("/kg"); @param maxBody the body limit in bytes */
    EndpointGuard(String service, long maxBody) {
        this.service = service;
        this.maxBody = maxBody;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String qs = req.getQueryString();
        if (qs != null && qs.length() > MAX_QUERY_STRING) {
            refuse(resp, 414, "The query string is " + qs.length() + " characters; this server takes at most " + MAX_QUERY_STRING
                    + " in a URL. Send a long query with POST, as an application/sparql-query body (up to " + maxBody + " bytes).");
            return;
        }
        HttpServletRequest forward = req;
        if (bounded(req)) {
            long length = req.getContentLengthLong();
            if (length > maxBody) {
                tooLarge(req, resp, length + " bytes");
                return;
            }
            if (length < 0 && !isForm(req)) {
                byte[] body = readAtMost(req.getInputStream(), maxBody + 1);
                if (body.length > maxBody) {
                    tooLarge(req, resp, "more than " + maxBody + " bytes");
                    return;
                }
                forward = new Buffered(req, body);
            }
        }
        String refused;
        try {
            refused = refusedParameter(forward);
        } catch (RuntimeException e) {
            // Jetty's form limit (set to the same number) stops a chunked form that is too long.
            tooLarge(null, resp, "more than " + maxBody + " bytes of form data");
            return;
        }
        if (refused != null) {
            refuse(resp, 400, "The parameter '" + refused + "' is not supported by this server: Fuseki would copy it unescaped "
                    + "into the response. Leave it out" + ("callback".equals(refused)
                            ? "; cross-origin pages can read results directly (CORS is on)." : "; style results on the client side."));
            return;
        }
        chain.doFilter(forward, response);
    }

    /** True for a request whose body is a query or an update, not a data upload. */
    private boolean bounded(HttpServletRequest req) {
        String path = req.getRequestURI();
        return !(path.startsWith(service + "/data") || path.startsWith(service + "/upload"));
    }

    private static boolean isForm(HttpServletRequest req) {
        String type = req.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static String refusedParameter(HttpServletRequest req) {
        for (String name : REFUSED_PARAMETERS) {
            if (req.getParameter(name) != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * 413. The rest of the body is read and thrown away first, up to {@value #DRAIN_BYTES} bytes:
     * a client that is still sending when the server closes the connection may never see the
     * answer. Beyond that (or when the body was partly read as a form) the connection is closed.
     */
    private void tooLarge(HttpServletRequest req, HttpServletResponse resp, String size) throws IOException {
        boolean drained = false;
        if (req != null && req.getContentLengthLong() <= DRAIN_BYTES) {
            drained = discardToEnd(req.getInputStream(), DRAIN_BYTES);
        }
        if (!drained) {
            resp.setHeader("Connection", "close");
        }
        refuse(resp, 413, "The request body is " + size + "; this server reads at most " + maxBody + " bytes of query or update. "
                + "Send a shorter request (the operator sets the limit with 'paperkg serve --max-body BYTES').");
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        LOG.info("refused with {}: {}", status, message);
        Responses.text(resp, status, message);
    }

    /** Reads {@code in} to its end and throws it away; false when it has more than {@code limit} bytes. */
    private static boolean discardToEnd(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > limit) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    /** The request with its (bounded, already read) body served from memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body was read already; no asynchronous reads");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String enc = getCharacterEncoding();
            Charset cs = enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }
    }
}
