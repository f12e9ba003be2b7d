package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Values reach the query as RDF terms: hostile text stays text, and wrong input is a clear error. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParameterBindingTest {

    private Dataset dataset;
    private CatalogueRunner runner;

    @BeforeAll
    void load() {
        dataset = QueryFixture.dataset();
        runner = new CatalogueRunner(QueryCatalogue.load(), SparqlTarget.local(dataset), QueryFixture.IRIS);
    }

    @AfterAll
    void close() {
        dataset.close();
    }

    private static CatalogueQuery echo() {
        return new QueryHeaderParser("echo.rq", false).parse("echo", """
                # param: text string required — anything
                SELECT ?x WHERE { BIND(?text AS ?x) }
                """);
    }

    @Test
    void quotesAndBracesInAValueStayInsideTheValue() {
        String hostile = "x\" } ; DROP ALL ; SELECT * WHERE { ?s ?p \"";
        QueryResultTable t = runner.table(runner.bind(echo(), Map.of("text", hostile)), 10);
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.text(0, "x")).isEqualTo(hostile);
    }

    @Test
    void aHostileEntityNameIsJustAnUnknownName() {
        assertThatThrownBy(() -> runner.bind("methods-for-dataset", Map.of("dataset", "ImageNet\" } UNION { ?s ?p ?o")))
                .isInstanceOf(QueryUsageException.class)
                .hasMessageStartingWith("parameter 'dataset': no dataset named 'ImageNet\" } UNION { ?s ?p ?o'");
        assertThatThrownBy(() -> runner.bind("paper-neighbourhood", Map.of("paper", "<http://x/p> } { ?s ?p ?o>")))
                .isInstanceOf(QueryUsageException.class)
                .hasMessageContaining("is not a valid IRI");
    }

    @Test
    void namesResolveIgnoringCaseAndIrisAndPrefixedNamesAreTakenAsGiven() {
        assertThat(runner.bind("methods-for-dataset", Map.of("dataset", "imagenet")).substitution().get("dataset").toString())
                .isEqualTo("https://w3id.org/paperkg/resource/dataset/imagenet");
        assertThat(runner.bind("methods-for-dataset", Map.of("dataset", "dataset:cifar-10")).substitution().get("dataset")
                .toString()).isEqualTo("https://w3id.org/paperkg/resource/dataset/cifar-10");
        assertThat(runner.bind("trend", Map.of("entity", "ResNets")).substitution().get("entity").toString())
                .isEqualTo("https://w3id.org/paperkg/resource/method/resnet");
        assertThat(runner.bind("similar-papers", Map.of("paper", "1907.00002v3")).substitution().get("paper").toString())
                .isEqualTo("https://w3id.org/paperkg/resource/paper/arxiv-1907.00002");
        assertThat(runner.bind("similar-papers", Map.of("paper", "delta study")).substitution().get("paper").toString())
                .isEqualTo("https://w3id.org/paperkg/resource/paper/arxiv-1801.00004");
    }

    @Test
    void limitsAreSetOnTheParsedQuery() {
        assertThat(runner.bind("papers-using", Map.of("limit", "3")).query().getLimit()).isEqualTo(3);
        // the live branch and the statistics branch each have the limit
        assertThat(QueryHeaderParser.subqueryLimits(runner.bind("top-datasets", Map.of("limit", "3")).query()))
                .containsExactly(3L, 3L);
        BoundQuery matrix = runner.bind("method-dataset-matrix", Map.of("top", "4"));
        assertThat(QueryHeaderParser.subqueryLimits(matrix.query())).containsExactly(4L, 4L);
        assertThat(matrix.query().hasLimit()).isFalse();
    }

    @Test
    void wrongInputIsAClearError() {
        assertThatThrownBy(() -> runner.bind("top-datasets", Map.of("limt", "3")))
                .hasMessage("query 'top-datasets' has no parameter 'limt'; its parameters are: "
                        + "limit=20 from=\"\" to=\"\" minConfidence=0");
        assertThatThrownBy(() -> runner.bind("similar-papers", Map.of()))
                .hasMessageStartingWith("query 'similar-papers' needs parameter 'paper' (a paper's IRI, arXiv id or exact title)");
        assertThatThrownBy(() -> runner.bind("top-datasets", Map.of("limit", "all")))
                .hasMessage("query 'top-datasets', parameter 'limit': expected a whole number from 1 to 100000, got 'all'");
        assertThatThrownBy(() -> runner.bind("new-artefacts", Map.of("kind", "software")))
                .hasMessage("query 'new-artefacts', parameter 'kind': expected one of any, dataset, benchmark, metric, "
                        + "got 'software'");
        assertThatThrownBy(() -> runner.bind("leaderboard", Map.of("dataset", "")))
                .hasMessageContaining("parameter 'dataset': a value is required");
    }

    @Test
    void anEmptyOptionalEntityMeansAny() {
        BoundQuery q = runner.bind("papers-with-code", Map.of("task", ""));
        assertThat(q.substitution().get("task").asLiteral().getString()).isEmpty();
        assertThat(runner.table(q, 10).size()).isEqualTo(1);
    }
}
