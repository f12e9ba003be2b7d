package org.paperkg.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.cli.Cli;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.BuildReport;
import org.paperkg.pipeline.Extractors;
import org.paperkg.pipeline.CorpusBuild;
import org.paperkg.query.CatalogueQuery;
import org.paperkg.query.CatalogueRunner;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.query.QueryUsageException;
import org.paperkg.query.QueryResultTable;
import org.paperkg.query.SparqlTarget;
import org.paperkg.rdf.Lexicons;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;
import org.slf4j.LoggerFactory;

/**
 * The same arXiv abstracts through {@code paperkg build} and through the Spark job in
 * {@code local[2]}: the same named graphs; the shards bulk-loaded answer the catalogue as the
 * build store does and conform; pushed to a Graph Store Protocol endpoint, every graph goes in.
 *
 * <p>{@value #ABSTRACTS} abstracts, the number issue 17 asks for: about 40 s of CoreNLP on two
 * cores for each of the two runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkPipelineIT {

    static final int ABSTRACTS = 2000;

    private static final ResourceIris IRIS = ResourceIris.defaults();

    private Path tmp;

    private Path buildDb;
    private Path shards;
    private SparkJobReport report;
    private BuildReport built;

    @BeforeAll
    void runBoth(@TempDir Path dir) throws IOException {
        tmp = dir;
        Path input = SparkFixtures.firstAbstracts(ABSTRACTS, tmp);
        buildDb = tmp.resolve("build-db");
        Lexicons lexicon = Lexicons.load(IRIS);
        built = new CorpusBuild(new BuildOptions(List.of(input), buildDb, IRIS, 2, 1024),
                Extractors.standard(lexicon), lexicon, CorpusBuild.Listener.NONE)
                .run(ProblemHandler.logging(LoggerFactory.getLogger(SparkPipelineIT.class)));
        shards = tmp.resolve("shards");
        report = SparkJob.run("local[2]", SparkJobOptions.of(List.of(input.toString()), shards.toString(), IRIS)
                .withPapersPerShard(500), ProblemHandler.logging(LoggerFactory.getLogger(SparkPipelineIT.class)));
    }

    @Test
    void sparkWritesTheNamedGraphsTheBuildStores() throws IOException {
        assertThat(report.papers()).isEqualTo(built.papers()).isGreaterThan(ABSTRACTS * 9 / 10);
        assertThat(report.recordsRead()).isEqualTo(built.recordsRead());
        assertThat(report.shards()).isEqualTo((int) ((report.papers() + 499) / 500));
        // through an in-memory TDB2, which keeps numbers in canonical form ("88.50" -> "88.5") as
        // the build store does: the same values, compared term by term
        Map<String, Graph> fromSpark = SparkFixtures.asStored(SparkFixtures.shardGraphs(shards));
        Map<String, Graph> fromBuild;
        try (KgStore store = KgStore.open(buildDb, IRIS)) {
            // the VoID description and the statistics describe the whole store: load --bulk writes its own
            fromBuild = SparkFixtures.storeGraphs(store.dataset(), IRIS.voidGraph(), IRIS.statisticsGraph());
        }
        // papers plus the ontology and lexicon graphs
        assertThat(fromBuild).hasSize((int) built.papers() + 2);
        assertThat(SparkFixtures.differences(fromBuild, fromSpark)).isEmpty();
    }

    @Test
    void bulkLoadedShardsAnswerTheCatalogueAsTheBuildStoreAndConform() {
        Path bulkDb = tmp.resolve("bulk-db");
        Cli load = Cli.run("load", "--bulk", shards.toString(), "--db", bulkDb.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("with the TDB2 parallel loader").contains("papers");

        QueryCatalogue catalogue = QueryCatalogue.load();
        int compared = 0;
        try (KgStore a = KgStore.open(buildDb, IRIS); KgStore b = KgStore.open(bulkDb, IRIS)) {
            CatalogueRunner built = new CatalogueRunner(catalogue, SparqlTarget.local(a.dataset()), IRIS);
            CatalogueRunner loaded = new CatalogueRunner(catalogue, SparqlTarget.local(b.dataset()), IRIS);
            for (CatalogueQuery q : catalogue.queries()) {
                for (Map<String, String> params : exampleParameters(q)) {
                    List<String> expected;
                    try {
                        expected = rows(built.table(built.bind(q, params), 100_000));
                    } catch (QueryUsageException e) {
                        // an example about a paper these abstracts do not hold: the same answer expected
                        assertThatThrownBy(() -> loaded.bind(q, params)).as(q.name() + " " + params)
                                .isInstanceOf(QueryUsageException.class).hasMessage(e.getMessage());
                        continue;
                    }
                    List<String> actual = rows(loaded.table(loaded.bind(q, params), 100_000));
                    assertThat(actual).as(q.name() + " " + params).containsExactlyInAnyOrderElementsOf(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(catalogue.queries().size());

        Cli validate = Cli.run("validate", "--db", bulkDb.toString());
        assertThat(validate.out()).contains("conforms: yes");
        assertThat(validate.exitCode()).isZero();
    }

    @Test
    void pushSendsEveryGraphToAGraphStoreProtocolEndpoint() throws IOException {
        Dataset target = DatasetFactory.createTxnMem();
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/ds", target, true).build().start();
        try {
            String gsp = "http://127.0.0.1:" + server.getHttpPort() + "/ds/data";
            Cli push = Cli.run("push", shards.toString(), "--gsp", gsp);
            Map<String, Graph> expected = SparkFixtures.shardGraphs(shards);
            assertThat(push.exitCode()).as(push.err()).isZero();
            assertThat(push.out()).contains("pushed %,d graphs".formatted(expected.size())).contains("0 failed");
            assertThat(SparkFixtures.differences(expected, SparkFixtures.storeGraphs(target)))
                    .isEmpty();
        } finally {
            server.stop();
        }
    }

    /** The parameters of each {@code # example:} line of a query (one empty set when it has none). */
    private static List<Map<String, String>> exampleParameters(CatalogueQuery q) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String example : q.examples()) {
            List<String> words = shellWords(example);
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < words.size() - 1; i++) {
                if (words.get(i).equals("--param")) {
                    String[] kv = words.get(i + 1).split("=", 2);
                    params.put(kv[0], kv[1]);
                }
            }
            out.add(params);
        }
        if (out.isEmpty()) {
            out.add(Map.of());
        }
        return out;
    }

    /** Splits a command line as a shell would, for the double quotes the examples use. */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(w.toString());
                }
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(w.toString());
        }
        return words;
    }

    /**
     * Each row as its cells' values in sorted order: GROUP_CONCAT lists its values in the order
     * the store holds them, which differs between two stores of the same data.
     */
    private static List<String> rows(QueryResultTable t) {
        List<String> out = new ArrayList<>();
        for (List<RDFNode> row : t.rows()) {
            List<String> values = new ArrayList<>();
            for (RDFNode cell : row) {
                values.addAll(List.of(QueryResultTable.text(cell).split(" \\| |, ")));
            }
            values.sort(null);
            out.add(String.join(" | ", values));
        }
        return out;
    }
}
