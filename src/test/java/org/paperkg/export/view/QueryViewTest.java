package org.paperkg.export.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.export.ExportFixture;
import org.paperkg.export.model.ExportUsageException;
import org.paperkg.export.Exporter;
import org.paperkg.export.model.NodeType;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewGraph.Ranking;
import org.paperkg.export.model.ViewKind;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.export.model.ViewRequest.QuerySource;
import org.paperkg.store.KgStore;

/** The query view: CONSTRUCT and SELECT results drawn as graphs. */
class QueryViewTest {

    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void open() {
        store = ExportFixture.store(dir.resolve("db"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ViewGraph view(String query, Map<String, String> params, Double min) {
        return Exporter.view(store, new ViewRequest(ViewKind.QUERY, params, min, 0, Ranking.WEIGHT,
                new QuerySource.Text("test.rq", query)));
    }

    @Test
    void constructTriplesBecomeEdgesAndLabelAndTypeTriplesDescribeTheNodes() {
        ViewGraph g = view("""
                CONSTRUCT { ?p pk:usesMethod ?m . ?m rdfs:label ?l . ?m a pk:Method }
                WHERE { ?p pk:usesMethod ?m . ?m rdfs:label ?l }""", Map.of(), null);
        assertThat(g.isDirected()).isTrue();
        assertThat(g.edgeCount()).isEqualTo(1 + 1 + 2 + 3);
        assertThat(g.edges()).allMatch(e -> e.relation().equals("usesMethod"));
        assertThat(g.node("method:resnet-50").label()).isEqualTo("ResNet-50");
        assertThat(g.node("method:resnet-50").type()).isEqualTo(NodeType.METHOD);
        assertThat(g.node("paper:p2").label()).as("labelled from the store").isEqualTo("Attention Is All You Need");
        assertThat(g.node("paper:p2").type()).isEqualTo(NodeType.PAPER);
    }

    @Test
    void selectRowsBecomeWeightedEdgesAndParametersBindVariables() {
        ViewGraph g = view("""
                SELECT ?source ?target (COUNT(DISTINCT ?p) AS ?weight) WHERE {
                  ?p pk:usesMethod ?source ; pk:usesDataset ?target .
                } GROUP BY ?source ?target""", Map.of("directed", "false"), null);
        assertThat(g.isDirected()).isFalse();
        ViewEdge e = g.graph().getEdge(g.node("method:resnet"), g.node("dataset:imagenet"));
        assertThat(e.weight()).isEqualTo(2);
        assertThat(g.node("method:resnet").weight()).as("sum of its edge weights").isEqualTo(2 + 2);

        ViewGraph bound = view("""
                SELECT ?source ?target ?relation WHERE {
                  ?source pk:usesMethod ?target . BIND("uses" AS ?relation)
                  ?ev rdf:subject ?source ; rdf:object ?target ; pk:confidence ?c . FILTER(?c >= ?minConfidence)
                }""", Map.of("source", "<" + ExportFixture.paper("p4") + ">"), 0.85);
        assertThat(bound.edges()).hasSize(1);
        ViewEdge only = bound.edges().iterator().next();
        assertThat(bound.target(only).id()).isEqualTo("method:resnet");
        assertThat(only.relation()).isEqualTo("uses");
    }

    @Test
    void literalsBecomeLiteralNodesLabelledWithTheirText() {
        ViewGraph g = view("SELECT ?source ?target WHERE { ?source dcterms:issued ?target }", Map.of(), null);
        assertThat(g.node("literal:2017-06-12").type()).isEqualTo(NodeType.LITERAL);
        assertThat(g.node("literal:2017-06-12").label()).isEqualTo("2017-06-12");
        assertThat(g.nodeCount()).isEqualTo(6);
    }

    private static ViewGraph catalogue(String name, Map<String, String> params, Double min) {
        return Exporter.view(store, new ViewRequest(ViewKind.QUERY, params, min, 0, Ranking.WEIGHT,
                new QuerySource.Catalogue(name)));
    }

    @Test
    void catalogueQueriesAreBoundByTheCatalogueWithTheirDefaults() {
        ViewGraph g = catalogue("cooccurrence-network", Map.of("minPapers", "2", "directed", "false"), null);
        assertThat(g.isDirected()).isFalse();
        assertThat(g.edges()).hasSize(3);
        ViewEdge e = g.graph().getEdge(g.node("dataset:imagenet"), g.node("method:resnet"));
        assertThat(e).isNotNull();
        assertThat(e.weight()).isEqualTo(2);
        assertThat(g.node("method:resnet").label()).isEqualTo("ResNet");
        assertThat(g.description()).contains("catalogue query cooccurrence-network");

        ViewGraph strict = catalogue("cooccurrence-network", Map.of("minPapers", "2"), 0.65);
        assertThat(strict.edges()).as("CIFAR-10 in p1 is below 0.65").hasSize(1);

        ViewGraph paper = catalogue("paper-neighbourhood", Map.of("paper", "Attention Is All You Need"), null);
        assertThat(paper.contains("paper:p2")).isTrue();
        assertThat(paper.contains("method:transformer")).isTrue();
    }

    @Test
    void catalogueMistakesAreUsageErrorsThatSayWhatWouldWork() {
        assertThatThrownBy(() -> catalogue("no-such-query", Map.of(), null))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("no-such-query")
                .hasMessageContaining("cooccurrence-network");
        assertThatThrownBy(() -> catalogue("top-methods", Map.of(), null))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("?source and ?target")
                .hasMessageContaining("catalogue queries that draw as graphs: ").hasMessageContaining("paper-neighbourhood");
        assertThatThrownBy(() -> catalogue("cooccurrence-network", Map.of("nonsense", "1"), null))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("nonsense");
    }

    @Test
    void queriesThatCannotBeDrawnAreUsageErrorsNamingTheQuery() {
        assertThatThrownBy(() -> view("SELECT ?a ?b WHERE { ?a pk:usesMethod ?b }", Map.of(), null))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("test.rq")
                .hasMessageContaining("?source and ?target").hasMessageContaining("it has ?a ?b");
        assertThatThrownBy(() -> view("ASK { ?a ?b ?c }", Map.of(), null))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("CONSTRUCT and SELECT");
        assertThatThrownBy(() -> view("SELECT ?source WHERE {", Map.of(), null))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("test.rq");
    }
}
