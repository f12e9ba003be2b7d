package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;

/** The packaged catalogue: complete, every file listed and parsed, every query documented and portable. */
class QueryCatalogueTest {

    private static final Path SOURCE = Path.of("queries");

    @Test
    void theIndexListsEveryQueryFileAndNothingElse() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(SOURCE)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
        assertThat(QueryCatalogue.load().names()).containsExactlyInAnyOrderElementsOf(files);
        assertThat(QueryCatalogue.fromDirectory(SOURCE).names()).isEqualTo(QueryCatalogue.load().names());
    }

    @Test
    void theCatalogueCoversTheQuestionsOfTheIssue() {
        QueryCatalogue c = QueryCatalogue.load();
        assertThat(c.queries()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(c.names()).contains("top-methods", "top-datasets", "top-metrics", "top-tasks", "datasets-for-method",
                "methods-for-dataset", "method-dataset-matrix", "leaderboard", "new-artefacts", "trend",
                "fastest-growing-methods", "tasks-for-dataset", "tasks-by-proposed-methods", "code-per-task",
                "aliases", "acronyms", "outperforms", "paper-neighbourhood", "cooccurrence-network",
                "low-confidence-facts");
    }

    @Test
    void everyQueryIsDocumentedParsesOnItsOwnAndHonoursAMinimumConfidence() {
        for (CatalogueQuery q : QueryCatalogue.load().queries()) {
            assertThat(q.title()).as(q.name()).isNotBlank().doesNotContain("\n");
            assertThat(q.description()).as(q.name()).hasSizeGreaterThan(80);
            assertThat(q.examples()).as(q.name()).allMatch(e -> e.startsWith("paperkg query " + q.name()));
            Query parsed = q.parse(PrefixMapping.Factory.create());
            assertThat(parsed.isSelectType() || parsed.isConstructType()).as(q.name()).isTrue();
            assertThat(q.parameter("minConfidence")).as(q.name()).isPresent()
                    .get().extracting(QueryParameter::type).isEqualTo(ParameterType.CONFIDENCE);
            assertThat(q.parameters()).as(q.name()).allMatch(p -> !p.description().isBlank());
        }
    }

    @Test
    void queriesNameNoResourceIrisOfTheirOwn() {
        for (CatalogueQuery q : QueryCatalogue.load().queries()) {
            assertThat(q.sparql()).as(q.name()).doesNotContain("w3id.org/paperkg/resource");
            Query parsed = q.parse(PrefixMapping.Factory.create());
            assertThat(parsed.getPrefixMapping().getNsPrefixMap().values()).as(q.name())
                    .allMatch(ns -> !ns.contains("/paperkg/resource"));
        }
    }

    @Test
    void chartsNameResultColumns() {
        QueryCatalogue c = QueryCatalogue.load();
        assertThat(c.get("method-dataset-matrix").chart())
                .isEqualTo(new ChartSpec(ChartSpec.Kind.HEATMAP, "datasetLabel", "methodLabel", "papers"));
        assertThat(c.get("trend").chart().kind()).isEqualTo(ChartSpec.Kind.LINE);
        assertThat(c.get("top-datasets").chart().kind()).isEqualTo(ChartSpec.Kind.BAR);
    }

    @Test
    void theQueriesPageListsEveryQueryWithAnExample() throws IOException {
        String readme = Files.readString(Path.of("docs/queries.md"));
        for (String name : QueryCatalogue.load().names()) {
            assertThat(readme).as(name).contains("| `" + name + "` |").contains("./paperkg query " + name + " ");
        }
    }

    @Test
    void anUnknownNameListsTheCatalogue() {
        assertThatThrownBy(() -> QueryCatalogue.load().get("top-dataset"))
                .isInstanceOf(QueryUsageException.class)
                .hasMessageContaining("no query named 'top-dataset'")
                .hasMessageContaining("top-datasets, top-metrics");
    }
}
