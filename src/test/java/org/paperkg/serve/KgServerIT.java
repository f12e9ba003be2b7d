package org.paperkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;
import org.paperkg.rdf.RdfAssert;
import org.paperkg.testing.BuiltStores;

/**
 * The server over real HTTP, against a store built from the seed listings: SPARQL in three result
 * formats, papers dereferenced as HTML, Turtle and JSON-LD, 404s, refused updates, the timeout,
 * search, and the service description.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KgServerIT {

    private static final String PAPERS = """
            PREFIX pk: <https://w3id.org/paperkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?paper ?title WHERE { ?paper a pk:Paper ; dcterms:title ?title } ORDER BY ?paper""";

    private final ResourceIris iris = ResourceIris.defaults();
    private KgServer server;
    private Http http;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        Path db = BuiltStores.seeds(tmp);
        server = KgServer.start(ServeOptions.of(db, iris).withPort(0).withTimeout(Duration.ofSeconds(3)));
        http = new Http(server.url());
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** (paper, title) rows of the JSON answer: the reference the other formats are held to. */
    private List<List<String>> papersJson() {
        HttpResponse<String> r = http.post("/kg/sparql", "application/sparql-query", PAPERS, "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+json");
        return rows(ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON));
    }

    private static List<List<String>> rows(ResultSet rs) {
        List<List<String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(List.of(s.getResource("paper").getURI(), s.getLiteral("title").getString()));
        }
        return out;
    }

    @Test
    void selectInJsonListsEveryPaperOfTheStore() {
        List<List<String>> rows = papersJson();
        assertThat(rows).hasSizeGreaterThan(100);
        assertThat(rows).allSatisfy(r -> assertThat(r.get(0)).startsWith(iris.paper("")));
        HttpResponse<String> count = http.get("/kg/sparql?" + Http.form("query",
                "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a <" + PK.Paper.getURI() + "> }"), "text/csv");
        assertThat(count.body().strip()).endsWith("\n" + rows.size());
    }

    @Test
    void selectInCsvGivesTheSameRowsAsJson() throws Exception {
        HttpResponse<String> r = http.get("/kg/sparql?" + Http.form("query", PAPERS), "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(r.body())).getRecords();
        List<List<String>> rows = records.stream().map(c -> List.of(c.get("paper"), c.get("title"))).toList();
        assertThat(rows).isEqualTo(papersJson());
    }

    @Test
    void selectInXmlGivesTheSameRowsAsJson() {
        HttpResponse<String> r = http.get("/kg/sparql?" + Http.form("query", PAPERS), "application/sparql-results+xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/sparql-results+xml");
        List<List<String>> rows = rows(ResultSetMgr.read(
                new java.io.ByteArrayInputStream(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)), ResultSetLang.RS_XML));
        assertThat(rows).isEqualTo(papersJson());
    }

    private String somePaper() {
        return papersJson().get(0).get(0);
    }

    private String path(String iri) {
        return "/resource/" + iri.substring(iris.base().length());
    }

    /** The paper's named graph (through the Graph Store Protocol) plus the triples that mention it elsewhere. */
    private Model expectedDescription(String paper) {
        String graph = iris.paperGraph(paper.substring(iris.paper("").length()));
        HttpResponse<String> g = http.get("/kg?" + Http.form("graph", graph), "text/turtle");
        assertThat(g.statusCode()).as("GSP read of %s", graph).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(g.body(), Lang.TURTLE).parse(m);
        HttpResponse<String> context = http.post("/kg/sparql", "application/sparql-query",
                "CONSTRUCT { <%1$s> ?p ?o . ?s ?q <%1$s> } WHERE { { <%1$s> ?p ?o } UNION { ?s ?q <%1$s> } }".formatted(paper),
                "application/n-triples");
        assertThat(context.statusCode()).isEqualTo(200);
        RDFParser.fromString(context.body(), Lang.NTRIPLES).parse(m);
        return m;
    }

    @Test
    void paperDereferencesAsTurtleIsomorphicToItsGraphAndContext() {
        String paper = somePaper();
        HttpResponse<String> r = http.get(path(paper), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept");
        Model got = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(got);
        assertThat(got.size()).isGreaterThan(5);
        RdfAssert.assertIsomorphic(got, expectedDescription(paper));
    }

    @Test
    void paperDereferencesAsJsonLdIsomorphicToItsGraphAndContext() {
        String paper = somePaper();
        HttpResponse<String> r = http.get(path(paper), "application/ld+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/ld+json");
        Model got = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.JSONLD).parse(got);
        RdfAssert.assertIsomorphic(got, expectedDescription(paper));
    }

    @Test
    void eachFormatHasItsOwnAddress() {
        String paper = somePaper();
        Model expected = expectedDescription(paper);
        for (String[] f : new String[][] {{".ttl", "text/turtle"}, {".jsonld", "application/ld+json"},
            {".nt", "application/n-triples"}, {".rdf", "application/rdf+xml"}}) {
            HttpResponse<String> r = http.get(path(paper) + f[0], "text/html");
            assertThat(r.statusCode()).as(f[0]).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(f[0]).startsWith(f[1]);
            Model got = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(f[1])).parse(got);
            RdfAssert.assertIsomorphic(got, expected);
        }
    }

    @Test
    void paperDereferencesAsHtmlForBrowsers() {
        List<String> first = papersJson().get(0);
        HttpResponse<String> r = http.get(path(first.get(0)), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(r.body()).contains("<h1>" + org.paperkg.serve.html.Html.escape(first.get(1)) + "</h1>");
        assertThat(r.body()).contains("href=\"" + path(first.get(0)) + ".ttl\"");
    }

    @Test
    void analyticsListsTheCatalogueAndRunsAQueryWithAChart() {
        HttpResponse<String> list = http.get("/analytics/", "text/html");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("href=\"/analytics/top-datasets\"").contains("href=\"/analytics/leaderboard\"");
        HttpResponse<String> top = http.get("/analytics/top-datasets?limit=5", "text/html");
        assertThat(top.statusCode()).isEqualTo(200);
        assertThat(top.body()).contains("Most used datasets").contains("<svg").contains("<table");
        assertThat(http.get("/analytics/no-such-query", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownIriIsA404PageNotAStackTrace() {
        HttpResponse<String> page = http.get("/resource/paper/no-such-paper-%3Cx%3E", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Not found").doesNotContain("Exception").doesNotContain("<x>");
        HttpResponse<String> rdf = http.get("/resource/dataset/no-such-dataset", "text/turtle");
        assertThat(rdf.statusCode()).isEqualTo(404);
        assertThat(http.get("/resource/dataset/no-such-dataset.ttl", null).statusCode()).isEqualTo(404);
        assertThat(http.get("/nothing/here", "text/html").statusCode()).isEqualTo(404);
    }

    @Test
    void updatesAreRefusedByDefault() {
        String insert = "INSERT DATA { <http://example.org/s> <http://example.org/p> \"written\" }";
        assertThat(http.post("/kg/sparql", "application/sparql-update", insert, null).statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(http.post("/kg", "application/sparql-update", insert, null).statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(http.post("/kg/update", "application/sparql-update", insert, null).statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(http.post("/kg/sparql", "application/x-www-form-urlencoded", Http.form("update", insert), null).statusCode())
                .isGreaterThanOrEqualTo(400);
        assertThat(http.post("/kg?default", "text/turtle", "<http://example.org/s> <http://example.org/p> \"written\" .", null)
                .statusCode()).isGreaterThanOrEqualTo(400);
        HttpResponse<String> ask = http.get("/kg/sparql?" + Http.form("query", "ASK { ?s <http://example.org/p> ?o }"),
                "application/sparql-results+json");
        assertThat(ask.body()).contains("false");
    }

    @Test
    void aSlowQueryIsCutAtTheTimeoutWithAnError() {
        long start = System.nanoTime();
        HttpResponse<String> r = http.post("/kg/sparql", "application/sparql-query",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("timed out").doesNotContain("bindings");
        assertThat(seconds).isBetween(2.5, 30.0);
        HttpResponse<String> streamed = http.post("/kg/sparql", "application/sparql-query",
                "SELECT ?x WHERE { { BIND(1 AS ?x) } UNION { SELECT (COUNT(*) AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } } }",
                "text/csv");
        assertThat(streamed.statusCode()).as("a query whose first row comes at once and the rest never").isEqualTo(503);
        assertThat(streamed.body()).contains("timed out");
    }

    @Test
    void resultsAreCappedAndTheHeaderSaysSo() {
        HttpResponse<String> r = http.get("/kg/sparql?" + Http.form("query", "SELECT ?s WHERE { ?s ?p ?o }"), "text/csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Paperkg-Result-Limit")).contains(Integer.toString(ServeOptions.DEFAULT_MAX_RESULTS));
        assertThat(r.body().strip().split("\n")).hasSize(ServeOptions.DEFAULT_MAX_RESULTS + 1);
    }

    @Test
    void searchForADatasetNameFindsItsPapers() {
        Pattern word = Pattern.compile("(?i)(^|[^\\p{L}\\p{N}'])MMLU([^\\p{L}\\p{N}']|$)");
        HttpResponse<String> all = http.post("/kg/sparql", "application/sparql-query", """
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?p ?t ?a WHERE { ?p dcterms:title ?t ; dcterms:abstract ?a }""", "application/sparql-results+json");
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(all.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        Set<String> expected = new TreeSet<>();
        rs.forEachRemaining(s -> {
            if (word.matcher(s.getLiteral("t").getString()).find() || word.matcher(s.getLiteral("a").getString()).find()) {
                expected.add(path(s.getResource("p").getURI()));
            }
        });
        assertThat(expected).as("seed papers that name MMLU").isNotEmpty().hasSizeLessThan(30);

        HttpResponse<String> page = http.get("/search?q=MMLU", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        String papers = page.body().substring(page.body().indexOf("<h2>Papers</h2>"));
        Set<String> shown = new TreeSet<>();
        Matcher m = Pattern.compile("href=\"(/resource/paper/[^\"]+)\"").matcher(papers);
        while (m.find()) {
            shown.add(m.group(1));
        }
        assertThat(shown).isEqualTo(expected);
        assertThat(page.body()).contains("href=\"/resource/dataset/mmlu\"");
    }

    @Test
    void serviceDescriptionAndVoidNameThisServer() {
        HttpResponse<String> sd = http.get("/kg/sparql", "text/turtle");
        assertThat(sd.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(sd.body(), Lang.TURTLE).parse(m);
        String sdNs = "http://www.w3.org/ns/sparql-service-description#";
        assertThat(m.contains(null, m.createProperty(sdNs, "endpoint"), m.createResource(server.url() + "kg/sparql"))).isTrue();

        HttpResponse<String> voidDoc = http.get("/.well-known/void", "text/turtle");
        assertThat(voidDoc.statusCode()).isEqualTo(200);
        Model v = ModelFactory.createDefaultModel();
        RDFParser.fromString(voidDoc.body(), Lang.TURTLE).parse(v);
        assertThat(v.contains(v.createResource(iris.dataset()), v.createProperty("http://rdfs.org/ns/void#", "sparqlEndpoint"),
                v.createResource(server.url() + "kg/sparql"))).isTrue();
        assertThat(http.get("/kg/sparql", "text/html").statusCode()).as("browsers go to the query page").isEqualTo(303);
    }

    @Test
    void corsLetsWebToolsOnOtherOriginsQuery() {
        HttpRequest preflight = HttpRequest.newBuilder(URI.create(http.url("/kg/sparql")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://tools.example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .build();
        HttpResponse<String> r = http.send(preflight);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
        HttpRequest get = HttpRequest.newBuilder(URI.create(http.url("/kg/sparql?" + Http.form("query", "ASK {}"))))
                .header("Origin", "http://tools.example.org").header("Accept", "application/sparql-results+json").build();
        assertThat(http.send(get).headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    }

    @Test
    void theQueryPageRunsQueriesWithoutJavaScript() {
        HttpResponse<String> blank = http.get("/query", "text/html");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("PREFIX pk: &lt;https://w3id.org/paperkg/ontology#&gt;");
        HttpResponse<String> run = http.get("/query?" + Http.form("query", "SELECT ?t WHERE { ?p a pk:Paper ; dcterms:title ?t } LIMIT 3"),
                "text/html");
        assertThat(run.statusCode()).isEqualTo(200);
        assertThat(run.body()).contains("<table class=\"sparql\"").contains("3 rows");
        HttpResponse<String> bad = http.get("/query?" + Http.form("query", "SELECT WHERE {"), "text/html");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("does not parse");
    }
}
