package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The catalogue against a SPARQL endpoint: a Fuseki on a free port serving the query fixture.
 * Every query must give the same answer remotely as locally, names must resolve through the
 * endpoint, and values must survive being written into the query text Jena sends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemoteEndpointIT {

    private Dataset dataset;
    private FusekiServer server;
    private CatalogueRunner local;
    private CatalogueRunner remote;

    @BeforeAll
    void start() {
        dataset = QueryFixture.dataset();
        server = FusekiServer.create().port(0).loopback(true).add("/kg", dataset).build().start();
        QueryCatalogue catalogue = QueryCatalogue.load();
        local = new CatalogueRunner(catalogue, SparqlTarget.local(dataset), QueryFixture.IRIS);
        remote = new CatalogueRunner(catalogue,
                SparqlTarget.remote("http://localhost:" + server.getPort() + "/kg/sparql"), QueryFixture.IRIS);
    }

    @AfterAll
    void stop() {
        server.stop();
        dataset.close();
    }

    /** The values that give every query of the catalogue something to find in the fixture. */
    private static Map<String, String> params(CatalogueQuery q) {
        Map<String, String> values = new HashMap<>();
        if (q.parameter("paper").isPresent()) {
            values.put("paper", "1901.00001");
        }
        if (q.parameter("method").filter(p -> !p.defaultValue().isEmpty()).isPresent()) {
            values.put("method", "ResNet-50");
        }
        if (q.parameter("dataset").isPresent()) {
            values.put("dataset", "ImageNet");
        }
        if (q.parameter("minPapers").isPresent()) {
            values.put("minPapers", "1");
        }
        if (q.name().equals("leaderboard")) {
            values.put("metric", "accuracy");
        }
        if (q.name().startsWith("trend") || q.name().equals("papers-using")) {
            values.put("entity", "AlphaNet");
        }
        return values;
    }

    private static List<String> lines(QueryResultTable t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            List<String> cells = new ArrayList<>();
            for (String c : t.columns()) {
                cells.add(t.text(i, c));
            }
            out.add(String.join(" | ", cells));
        }
        return out;
    }

    @Test
    void everyQueryGivesTheSameRowsRemotelyAsLocally() {
        for (CatalogueQuery q : local.catalogue().queries()) {
            QueryResultTable here = local.table(local.bind(q, params(q)), 10_000);
            QueryResultTable there = remote.table(remote.bind(q, params(q)), 10_000);
            assertThat(here.size()).as(q.name() + " returns rows on the fixture").isPositive();
            if (q.parse(org.apache.jena.shared.PrefixMapping.Standard).isConstructType()) {
                assertThat(there.size()).as(q.name()).isEqualTo(here.size());
            } else {
                assertThat(lines(there)).as(q.name()).containsExactlyElementsOf(lines(here));
            }
        }
    }

    @Test
    void namesResolveThroughTheEndpoint() {
        BoundQuery q = remote.bind("leaderboard", Map.of("dataset", "imagenet", "metric", "Error Rate"));
        assertThat(q.substitution().get("metric").toString()).isEqualTo("https://w3id.org/paperkg/resource/metric/error-rate");
        assertThat(remote.table(q, 10).texts("value")).containsExactly("3.5", "4.1");
    }

    @Test
    void aHostileValueSurvivesTheTripAsText() {
        CatalogueQuery echo = new QueryHeaderParser("echo.rq", false).parse("echo", """
                # param: text string required — anything
                SELECT ?x WHERE { BIND(?text AS ?x) }
                """);
        String hostile = "x\" } ; DROP ALL ; SELECT * WHERE { ?s ?p \"\\\n'''";
        assertThat(remote.table(remote.bind(echo, Map.of("text", hostile)), 10).texts("x")).containsExactly(hostile);
    }
}
