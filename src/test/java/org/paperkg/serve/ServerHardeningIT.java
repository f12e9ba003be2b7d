package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.link.ResourceIris;
import org.paperkg.testing.BuiltStores;

/**
 * What the server refuses, over real HTTP against the example store: the reflected-XSS
 * parameters, bodies over the limit, a regular expression that would run for hours, SERVICE calls
 * to endpoints not on the allow-list; and the security headers on every kind of response.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerHardeningIT {

    /** A small limit, so that the test shows it is the option, not a constant, that decides. */
    private static final long MAX_BODY = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String CATASTROPHIC = "(.*x){12}y";

    private KgServer server;
    private Http http;
    /** Stands in for an address only the server can reach; counts the requests it gets. */
    private HttpServer target;
    private final Map<String, AtomicInteger> targetHits = new ConcurrentHashMap<>();
    private String allowed;
    private String forbidden;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (String path : List.of("/allowed", "/internal")) {
            targetHits.put(path, new AtomicInteger());
            target.createContext(path, exchange -> {
                targetHits.get(path).incrementAndGet();
                exchange.getRequestBody().readAllBytes();
                byte[] body = """
                        {"head": {"vars": ["answer"]}, "results": {"bindings": [{"answer": {"type": "literal", "value": "from the allowed endpoint"}}]}}
                        """.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/sparql-results+json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
        }
        target.start();
        String base = "http://127.0.0.1:" + target.getAddress().getPort();
        allowed = base + "/allowed";
        forbidden = base + "/internal";
        server = KgServer.start(ServeOptions.of(BuiltStores.examplesWithTheirFacts(tmp), ResourceIris.defaults()).withPort(0)
                .withTimeout(TIMEOUT).withMaxBodyBytes(MAX_BODY).withAllowedServices(List.of(allowed)));
        http = new Http(server.url());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (target != null) {
            target.stop(0);
        }
    }

    // ---- item 1: reflected XSS and the headers

    @Test
    void theStylesheetAndCallbackParametersAreRefusedNotReflected() {
        String payload = "\"?><script xmlns=\"http://www.w3.org/1999/xhtml\">alert(1)</script><?x y=\"";
        HttpResponse<String> xml = http.get("/kg/sparql?query=" + enc("ASK {}") + "&format=xml&stylesheet=" + enc(payload), null);
        assertThat(xml.statusCode()).isEqualTo(400);
        assertThat(xml.body()).contains("'stylesheet' is not supported").doesNotContain("<script");
        HttpResponse<String> jsonp = http.get("/kg/sparql?query=" + enc("ASK {}") + "&format=json&callback=" + enc("alert(document.domain)//"), null);
        assertThat(jsonp.statusCode()).isEqualTo(400);
        assertThat(jsonp.body()).contains("'callback' is not supported").doesNotContain("alert(");
        HttpResponse<String> form = http.post("/kg/sparql", "application/x-www-form-urlencoded",
                Http.form("query", "ASK {}") + "&" + Http.form("callback", "alert"), null);
        assertThat(form.statusCode()).as("in a POSTed form too").isEqualTo(400);
        HttpResponse<String> plain = http.get("/kg/sparql?query=" + enc("ASK {}") + "&format=xml", null);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).contains("<boolean>true</boolean>").doesNotContain("xml-stylesheet");
    }

    @Test
    void everyKindOfResponseCarriesTheCspAndNosniff() throws IOException {
        String paper = firstMatch(http.get("/search?q=BERT", "text/html").body(), "href=\"(/resource/paper/[^\"]+)\"");
        String query = firstMatch(http.get("/analytics/", "text/html").body(), "href=\"(/analytics/[a-z-]+)\"");
        Map<String, HttpResponse<String>> responses = new java.util.LinkedHashMap<>();
        responses.put("home page", http.get("/", "text/html"));
        responses.put("paper page", http.get(paper, "text/html"));
        responses.put("paper as Turtle", http.get(paper + ".ttl", null));
        responses.put("query page", http.get("/query", "text/html"));
        responses.put("analytics list", http.get("/analytics/", "text/html"));
        responses.put("analytics query", http.get(query, "text/html"));
        responses.put("analytics download", http.get(query + ".csv", null));
        responses.put("missing analytics query", http.get("/analytics/no-such-query", "text/html"));
        responses.put("stylesheet", http.get("/static/paperkg.css", null));
        responses.put("script", http.get("/static/query.js", null));
        responses.put("404 page", http.get("/resource/paper/no-such-paper", "text/html"));
        responses.put("404 text", http.get("/no/such/path", "text/plain"));
        responses.put("SPARQL JSON", http.get("/kg/sparql?query=" + enc("ASK {}"), "application/sparql-results+json"));
        responses.put("SPARQL XML", http.get("/kg/sparql?query=" + enc("ASK {}"), "application/sparql-results+xml"));
        responses.put("SPARQL syntax error", http.get("/kg/sparql?query=" + enc("SELEKT nothing"), null));
        responses.put("service description", http.get("/kg/sparql", "text/turtle"));
        responses.put("VoID", http.get("/.well-known/void", "text/html"));
        responses.put("refused update", http.post("/kg/update", "application/sparql-update", "CLEAR ALL", null));
        responses.put("CORS preflight", http.send(HttpRequest.newBuilder(URI.create(http.url("/kg/sparql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://elsewhere.example").header("Access-Control-Request-Method", "POST").build()));
        for (var e : responses.entrySet()) {
            HttpResponse<String> r = e.getValue();
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(e.getKey() + " (" + r.statusCode() + ") CSP").contains("script-src 'self'").contains("style-src 'self'")
                    .contains("default-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(e.getKey() + " nosniff").hasValue("nosniff");
        }
        assertThat(responses.get("404 page").statusCode()).isEqualTo(404);
        assertThat(responses.get("SPARQL syntax error").statusCode()).isEqualTo(400);
        // A request line Jetty rejects itself, before any servlet filter runs.
        String raw = rawRequest("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).containsIgnoringCase("Content-Security-Policy: default-src 'self'").containsIgnoringCase("X-Content-Type-Options: nosniff");
    }

    @Test
    void crossOriginPagesReadResultsButNeverWithCredentials() {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(http.url("/kg/sparql?query=" + enc("ASK {}"))))
                .header("Origin", "http://elsewhere.example").header("Accept", "application/sparql-results+json").build());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).as("results are public").isPresent();
        assertThat(get.headers().firstValue("Access-Control-Allow-Credentials")).as("but not with the user's password").isEmpty();
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(http.url("/kg/data")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://elsewhere.example").header("Access-Control-Request-Method", "PUT").build());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""))
                .as("no write method is offered cross-origin on a read-only server").doesNotContain("PUT");
    }

    // ---- item 2: time limits and the body limit

    @Test
    void aCatastrophicRegexStopsAtTheTimeoutAndStopsRunning() throws Exception {
        String q = """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?paper WHERE { ?paper dcterms:abstract ?a BIND(CONCAT(STR(?a), "%s") AS ?long) FILTER(REGEX(?long, "%s")) }
                """.formatted("x".repeat(40), CATASTROPHIC);
        long start = System.nanoTime();
        HttpResponse<String> r = http.post("/kg/sparql", "application/sparql-query", q, "application/sparql-results+json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(millis).as("answered soon after the %s limit", TIMEOUT).isBetween(TIMEOUT.toMillis() - 200, TIMEOUT.toMillis() + 3_000);
        assertThat(cpuMillisOver(Duration.ofSeconds(2))).as("CPU used in the 2 s after the answer: the match was stopped, not left running")
                .isLessThan(1_000);

        String constant = "ASK { FILTER(REGEX(\"" + "x".repeat(300) + "\", \"" + CATASTROPHIC + "\")) }";
        assertThat(http.post("/kg/sparql", "application/sparql-query", constant, null).statusCode())
                .as("a REGEX of two literals, which ARQ's optimizer evaluates ahead of the query").isEqualTo(503);
        String replace = "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT ?paper WHERE { ?paper dcterms:abstract ?a "
                + "FILTER(STRLEN(REPLACE(CONCAT(?a, ?a), \"" + CATASTROPHIC + "\", \"\")) > 0) }";
        assertThat(http.post("/kg/sparql", "application/sparql-query", replace, null).statusCode()).as("REPLACE").isEqualTo(503);

        start = System.nanoTime();
        HttpResponse<String> page = http.get("/query?query=" + enc(q), "text/html");
        assertThat(page.statusCode()).as("the query page, which runs queries itself").isEqualTo(503);
        assertThat(page.body()).contains("stopped after the server");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(TIMEOUT.toMillis() + 3_000);
        assertThat(http.get("/kg/sparql?query=" + enc("ASK {}"), null).statusCode()).as("the server still answers").isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsParsed() {
        String big = "SELECT * WHERE { ?s ?p ?o } LIMIT 1\n#" + "x".repeat((int) MAX_BODY * 3);
        HttpResponse<String> r = http.post("/kg/sparql", "application/sparql-query", big, null);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("at most " + MAX_BODY + " bytes").contains("--max-body");
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(http.url("/kg/sparql")))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build());
        assertThat(chunked.statusCode()).as("a chunked body that announces no length").isEqualTo(413);

        HttpResponse<String> form = http.post("/kg/sparql", "application/x-www-form-urlencoded", Http.form("query", big), null);
        assertThat(form.statusCode()).as("the query as a form field").isEqualTo(413);
        HttpResponse<String> update = http.post("/kg/update", "application/sparql-update", big, null);
        assertThat(update.statusCode()).as("an update").isEqualTo(413);

        String fits = "SELECT * WHERE { ?s ?p ?o } LIMIT 1\n#" + "x".repeat((int) MAX_BODY - 100);
        assertThat(http.post("/kg/sparql", "application/sparql-query", fits, null).statusCode()).as("just under the limit").isEqualTo(200);
        HttpResponse<String> smallChunked = http.send(HttpRequest.newBuilder(URI.create(http.url("/kg/sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("ASK {}".getBytes(StandardCharsets.UTF_8))))
                .build());
        assertThat(smallChunked.statusCode()).isEqualTo(200);
        assertThat(smallChunked.body()).contains("true");
    }

    @Test
    void theLogShowsABoundedExcerptOfALongQuery() {
        String marker = "END-OF-A-LONG-QUERY";
        String q = "SELECT * WHERE { ?s ?p ?o } LIMIT 1\n#" + "y".repeat(50_000) + marker;
        String log = capturingStderr(() -> assertThat(http.post("/kg/sparql", "application/sparql-query", q, null).statusCode())
                .isEqualTo(200));
        assertThat(log).contains("Query = SELECT * WHERE").contains("not logged").doesNotContain(marker);
        for (String line : log.split("\n")) {
            assertThat(line.length()).as("a log line").isLessThan(1_200);
        }
        HttpResponse<String> longUrl = http.get("/kg/sparql?query=" + enc("ASK {} #" + "z".repeat(20_000)), null);
        assertThat(longUrl.statusCode()).as("a query string longer than the URL limit").isEqualTo(414);
        assertThat(longUrl.body()).contains("POST");
    }

    // ---- item 3: SERVICE

    @Test
    void serviceToAnEndpointNotAllowedIsRefusedAndNeverCalled() {
        int before = targetHits.get("/internal").get();
        for (String q : List.of(
                "SELECT * WHERE { SERVICE <" + forbidden + "> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE SILENT <" + forbidden + "> { ?s ?p ?o } }",
                "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + forbidden + "> { ?s ?p ?o } } } }",
                "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <" + forbidden + "> { ?s ?p ?o } } } LIMIT 1",
                "SELECT * WHERE { BIND(<" + allowed + "> AS ?u) SERVICE ?u { ?s ?p ?o } }")) {
            HttpResponse<String> r = http.post("/kg/sparql", "application/sparql-query", q, null);
            assertThat(r.statusCode()).as(q).isEqualTo(422);
            assertThat(r.body()).as(q).contains("refused").contains("SERVICE");
        }
        HttpResponse<String> page = http.get("/query?query=" + enc("SELECT * WHERE { SERVICE <" + forbidden + "> { ?s ?p ?o } }"), "text/html");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("refused");
        assertThat(targetHits.get("/internal").get()).as("requests that reached the internal address").isEqualTo(before);
    }

    @Test
    void serviceToAnAllowedEndpointWorks() {
        HttpResponse<String> r = http.post("/kg/sparql", "application/sparql-query",
                "SELECT ?answer WHERE { SERVICE <" + allowed + "> { ?s ?p ?answer } }", "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("from the allowed endpoint");
        assertThat(targetHits.get("/allowed").get()).isPositive();
    }

    // ---- helpers

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String firstMatch(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("a match of " + regex).isTrue();
        return m.group(1);
    }

    private String rawRequest(String request) throws IOException {
        URI u = URI.create(server.url());
        try (Socket s = new Socket(u.getHost(), u.getPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** CPU time this JVM uses over {@code window} (the server runs in it). */
    private static long cpuMillisOver(Duration window) throws InterruptedException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        Thread.sleep(window.toMillis());
        return (os.getProcessCpuTime() - before) / 1_000_000;
    }

    /** What the server logs (slf4j-simple writes to System.err) while {@code body} runs. */
    private static String capturingStderr(Runnable body) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            body.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
