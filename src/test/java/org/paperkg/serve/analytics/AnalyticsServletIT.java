package org.paperkg.serve.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.query.CatalogueRunner;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.query.QueryFixture;
import org.paperkg.query.SparqlTarget;

/**
 * The Analytics servlet in a real Jetty (Fuseki on a free port) over the query fixture: the
 * list, a query page with its table and chart, downloads, errors, and escaping of hostile
 * text from the data and from the request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsServletIT {

    private Dataset dataset;
    private FusekiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    /** A one-query catalogue whose answer is hostile text chosen by a parameter. */
    private static QueryCatalogue hostileCatalogue(Path dir) throws IOException {
        Files.writeString(dir.resolve("index.txt"), "echo\n");
        Files.writeString(dir.resolve("echo.rq"), """
                # title: Echo <b>
                # description: Returns the text it is given as a label with a count, so that the page and its chart show it.
                # param: text string "<script>alert(1)</script>" — the label
                # param: minConfidence confidence 0.5 — unused here
                # chart: bar x=label y=n
                # example: paperkg query echo
                SELECT ?label ?n WHERE { BIND(?text AS ?label) BIND(3 AS ?n) FILTER(?minConfidence >= 0) }
                """);
        return QueryCatalogue.fromDirectory(dir);
    }

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        dataset = QueryFixture.dataset();
        SparqlTarget target = SparqlTarget.local(dataset);
        AnalyticsServlet analytics = new AnalyticsServlet(
                new CatalogueRunner(QueryCatalogue.load(), target, QueryFixture.IRIS),
                iri -> iri.startsWith(QueryFixture.IRIS.base()) ? "/resource/" + iri.substring(QueryFixture.IRIS.base().length()) : null);
        AnalyticsServlet hostile = new AnalyticsServlet(new CatalogueRunner(hostileCatalogue(dir), target, QueryFixture.IRIS));
        server = FusekiServer.create().port(0).loopback(true).add("/kg", dataset)
                .addServlet("/analytics/*", analytics).addServlet("/hostile/*", hostile).build().start();
    }

    @AfterAll
    void stop() {
        server.stop();
        dataset.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theListLinksEveryQuery() throws Exception {
        HttpResponse<String> r = get("/analytics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        for (String name : QueryCatalogue.load().names()) {
            assertThat(r.body()).contains("href=\"/analytics/" + name + "\"");
        }
    }

    @Test
    void aQueryPageShowsFormTableAndChart() throws Exception {
        HttpResponse<String> r = get("/analytics/leaderboard?dataset=ImageNet&metric=accuracy&minConfidence=0.5");
        assertThat(r.statusCode()).isEqualTo(200);
        String body = r.body();
        assertThat(body).contains("<h1>Leaderboard for a dataset and metric</h1>")
                .contains("name=\"dataset\" value=\"ImageNet\"").contains("name=\"metric\" value=\"accuracy\"")
                .contains("<svg").contains("2 rows in");
        assertThat(body.indexOf(">85.2</td>")).isPositive().isLessThan(body.indexOf(">80.0</td>"));
        assertThat(body).contains("href=\"/resource/paper/arxiv-1901.00001\"");
        assertThat(body).contains("href=\"/analytics/leaderboard.csv?dataset=ImageNet&amp;metric=accuracy&amp;minConfidence=0.5\"");
    }

    @Test
    void trendsDrawLinesAndTheMatrixAHeatMap() throws Exception {
        assertThat(get("/analytics/trend?entity=AlphaNet").body()).contains("<polyline").contains("2019-03: 1");
        assertThat(get("/analytics/method-dataset-matrix?top=2").body()).contains("ResNet-50 × ImageNet: 3");
    }

    @Test
    void downloadsCarryTheWholeResult() throws Exception {
        HttpResponse<String> csv = get("/analytics/top-datasets.csv?limit=2");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().replace("\r\n", "\n")).isEqualTo("""
                dataset,label,papers
                https://w3id.org/paperkg/resource/dataset/imagenet,ImageNet,4
                https://w3id.org/paperkg/resource/dataset/cifar-10,CIFAR-10,2
                """);
        HttpResponse<String> ttl = get("/analytics/paper-neighbourhood.ttl?paper=1901.00001");
        assertThat(ttl.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/turtle"));
        assertThat(ttl.body()).contains("<https://github.com/example/alphanet>");
        HttpResponse<String> svg = get("/analytics/top-datasets.svg");
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("image/svg+xml"));
        assertThat(svg.body()).startsWith("<svg");
        assertThat(get("/analytics/top-datasets.xlsx").statusCode()).isEqualTo(404);
    }

    @Test
    void mistakesComeBackWithTheFormAndAMessage() throws Exception {
        HttpResponse<String> bad = get("/analytics/leaderboard?dataset=" + enc("\"><script>alert(1)</script>x"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).doesNotContain("<script>alert(1)")
                .contains("no dataset named &#39;&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;x&#39;")
                .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;x\"");
        HttpResponse<String> iri = get("/analytics/leaderboard?dataset=" + enc("<script>alert(1)</script>"));
        assertThat(iri.statusCode()).isEqualTo(400);
        assertThat(iri.body()).doesNotContain("<script>alert(1)").contains("is not a valid IRI");
        HttpResponse<String> first = get("/analytics/paper-neighbourhood");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("name=\"paper\"").doesNotContain("<table>");
        assertThat(get("/analytics/no-such-query").statusCode()).isEqualTo(404);
    }

    @Test
    void hostileTextFromTheDataIsEscapedInTableAndChart() throws Exception {
        HttpResponse<String> r = get("/hostile/echo");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>").doesNotContain("<b>")
                .contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;: 3");
        HttpResponse<String> typed = get("/hostile/echo?text=" + enc("\"><img src=x onerror=alert(2)>"));
        assertThat(typed.body()).doesNotContain("<img").contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
    }
}
