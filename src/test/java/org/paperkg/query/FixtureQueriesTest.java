package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The catalogue's queries on {@link QueryFixture}, four papers with hand-set facts: each test
 * checks an answer that follows from the fixture's table, so a change in a query's meaning
 * (confidence filter, period, sort direction, "any" parameters) shows up here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixtureQueriesTest {

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

    private QueryResultTable run(String name, String... params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            String[] kv = p.split("=", 2);
            values.put(kv[0], kv[1]);
        }
        return runner.table(runner.bind(name, values), 1000);
    }

    private static List<String> rows(QueryResultTable t, String... columns) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (String c : columns) {
                sb.append(sb.isEmpty() ? "" : " | ").append(t.text(i, c));
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void topDatasetsCountEachPaperOnceAndDropWeakLinks() {
        assertThat(rows(run("top-datasets"), "label", "papers"))
                .containsExactly("ImageNet | 4", "CIFAR-10 | 2", "GammaBench | 1");
        assertThat(rows(run("top-datasets", "minConfidence=0.5"), "label", "papers"))
                .containsExactly("ImageNet | 4", "CIFAR-10 | 1", "GammaBench | 1");
        assertThat(rows(run("top-datasets", "minConfidence=0.99"), "label", "papers")).isEmpty();
        assertThat(rows(run("top-datasets", "limit=1"), "label")).containsExactly("ImageNet");
    }

    @Test
    void topMethodsWithinPeriods() {
        assertThat(rows(run("top-methods"), "label", "papers"))
                .containsExactly("ResNet-50 | 3", "AlphaNet | 2", "ResNet | 1");
        assertThat(rows(run("top-methods", "from=2019"), "label", "papers"))
                .containsExactly("ResNet-50 | 2", "AlphaNet | 1");
        assertThat(rows(run("top-methods", "to=2018"), "label", "papers")).containsExactly("ResNet | 1");
        assertThat(rows(run("top-methods", "from=2019-03-01", "to=2019-03"), "label")).containsExactly("AlphaNet", "ResNet-50");
        assertThat(rows(run("top-methods", "from=--03", "to=--03"), "label")).containsExactly("AlphaNet", "ResNet-50");
    }

    @Test
    void leaderboardSortsByTheMetricsDirectionAndSkipsDeltas() {
        assertThat(rows(run("leaderboard", "dataset=imagenet", "metric=accuracy", "minConfidence=0.5"), "value", "method",
                "title")).containsExactly("85.2 | AlphaNet | Alpha Networks", "80.0 | ResNet-50 | Beta Training");
        assertThat(rows(run("leaderboard", "dataset=ImageNet", "metric=accuracy"), "value"))
                .containsExactly("90.1", "85.2", "80.0");
        assertThat(rows(run("leaderboard", "dataset=ImageNet", "metric=error rate"), "value", "method"))
                .containsExactly("3.5 | AlphaNet", "4.1 | ResNet-50");
        assertThat(run("leaderboard", "dataset=ImageNet", "metric=accuracy", "minConfidence=0.5").text(0, "sentence"))
                .isEqualTo("AlphaNet outperforms ResNet-50 on ImageNet with 85.2% accuracy, an improvement of 2.1% accuracy.");
    }

    @Test
    void pairQueries() {
        assertThat(rows(run("datasets-for-method", "method=ResNet-50"), "label", "papers"))
                .containsExactly("ImageNet | 3", "CIFAR-10 | 1", "GammaBench | 1");
        assertThat(rows(run("methods-for-dataset", "dataset=ImageNet"), "label", "papers"))
                .containsExactly("ResNet-50 | 3", "AlphaNet | 2", "ResNet | 1");
        assertThat(rows(run("tasks-for-dataset", "dataset=ImageNet"), "label", "papers"))
                .containsExactly("image classification | 2", "object detection | 1");
        assertThat(rows(run("methods-for-task", "task=Image Classification"), "label", "papers"))
                .containsExactly("ResNet-50 | 2", "AlphaNet | 1");
    }

    @Test
    void coUsageMatrixCoversTheTopMethodsAndDatasets() {
        assertThat(rows(run("method-dataset-matrix", "top=2"), "methodLabel", "datasetLabel", "papers"))
                .containsExactly("ResNet-50 | ImageNet | 3", "ResNet-50 | CIFAR-10 | 1", "AlphaNet | ImageNet | 2");
    }

    @Test
    void newArtefactsTellBenchmarksApart() {
        assertThat(rows(run("new-artefacts"), "artefactKind", "label", "day"))
                .containsExactly("benchmark | GammaBench | --03-12");
        assertThat(run("new-artefacts", "kind=metric").size()).isZero();
    }

    @Test
    void trendCountsEveryPeriodIncludingEmptyOnes() {
        assertThat(rows(run("trend", "entity=AlphaNet"), "period", "papers", "allPapers"))
                .containsExactly("--03-12 | 1 | 1", "2018-01 | 0 | 1", "2019-03 | 1 | 1", "2019-07 | 0 | 1");
    }

    @Test
    void fastestGrowingMethodsCompareShares() {
        assertThat(rows(run("fastest-growing-methods"), "label", "earlierPapers", "laterPapers", "growth"))
                .containsExactly("ResNet-50 | 0 | 2 | 100.0", "AlphaNet | 0 | 1 | 50.0");
    }

    @Test
    void codeOutperformsAndProposals() {
        assertThat(rows(run("papers-with-code"), "title", "repo"))
                .containsExactly("Alpha Networks | https://github.com/example/alphanet");
        assertThat(run("papers-with-code", "task=object detection").size()).isZero();
        assertThat(rows(run("code-per-task"), "label", "papers", "papersWithCode", "share"))
                .containsExactly("image classification | 2 | 1 | 0.5");
        assertThat(rows(run("outperforms"), "winnerLabel", "baselineLabel", "proposed"))
                .containsExactly("AlphaNet | ResNet-50 | true");
        assertThat(run("outperforms", "method=ResNet-50").size()).isZero();
        assertThat(rows(run("tasks-by-proposed-methods"), "label", "proposedMethods"))
                .containsExactly("image classification | 1");
    }

    @Test
    void namesAndAcronyms() {
        assertThat(rows(run("aliases"), "label", "names", "spellings"))
                .containsExactly("ResNet | 2 | Residual networks | ResNets");
        assertThat(rows(run("acronyms"), "acronym", "expansion"))
                .contains("ResNet | Residual Network", "ResNets | Residual Networks")
                .doesNotContain("ResNet | deep residual network");
    }

    @Test
    void paperQueries() {
        assertThat(rows(run("similar-papers", "paper=1901.00001"), "title", "shared"))
                .containsExactly("Beta Training | 4", "GammaBench: A Benchmark for Object Detection | 3", "Delta Study | 2");
        assertThat(rows(run("papers-using", "entity=CIFAR-10"), "title")).containsExactly("Beta Training", "Delta Study");
        assertThat(rows(run("papers-using", "entity=CIFAR-10", "minConfidence=0.5"), "title")).containsExactly("Delta Study");
        QueryResultTable hood = run("paper-neighbourhood", "paper=Alpha Networks");
        assertThat(hood.columns()).containsExactly("subject", "predicate", "object");
        assertThat(rows(hood, "predicate", "object"))
                .contains("https://w3id.org/paperkg/ontology#codeRepository | https://github.com/example/alphanet",
                        "https://w3id.org/paperkg/ontology#outperforms | https://w3id.org/paperkg/resource/method/resnet-50");
    }

    @Test
    void networkAndReview() {
        assertThat(rows(run("cooccurrence-network", "minPapers=3"), "sourceLabel", "targetLabel", "weight"))
                .containsExactly("ImageNet | ResNet-50 | 3", "ImageNet | accuracy | 3");
        assertThat(rows(run("low-confidence-facts"), "confidence", "objectLabel"))
                .containsExactly("0.3 | CIFAR-10", "0.4 | accuracy 90.1% on ImageNet");
    }

    @Test
    void anUnknownNameSuggestsSimilarOnes() {
        assertThatThrownBy(() -> run("leaderboard", "dataset=Image", "metric=accuracy"))
                .isInstanceOf(QueryUsageException.class)
                .hasMessageContaining("no dataset named 'Image'")
                .hasMessageContaining("ImageNet");
    }
}
