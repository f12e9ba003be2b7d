package org.paperkg.export.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
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
import org.paperkg.store.KgStore;

/** The cooccurrence and method-dataset views on the hand-made fixture graph. */
class CooccurrenceViewTest {

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

    private static ViewGraph view(ViewKind kind, Map<String, String> params, Double min, int top, Ranking by) {
        return Exporter.view(store, new ViewRequest(kind, params, min, top, by, null));
    }

    /** "a -- b" to weight, ids in sorted order. */
    private static Map<String, Double> edges(ViewGraph g) {
        Map<String, Double> out = new TreeMap<>();
        for (ViewEdge e : g.edges()) {
            String a = g.source(e).id();
            String b = g.target(e).id();
            out.put(a.compareTo(b) < 0 ? a + " -- " + b : b + " -- " + a, e.weight());
        }
        return out;
    }

    @Test
    void everyEntityWithPapersAsWeightAndPairsWeightedByPapersInCommon() {
        ViewGraph g = view(ViewKind.COOCCURRENCE, Map.of(), null, 0, Ranking.WEIGHT);
        assertThat(g.isDirected()).isFalse();
        assertThat(g.nodeCount()).isEqualTo(15);
        assertThat(g.node("method:transformer").weight()).isEqualTo(3);
        assertThat(g.node("method:transformer").label()).isEqualTo("Transformer");
        assertThat(g.node("method:transformer").type()).isEqualTo(NodeType.METHOD);
        assertThat(g.node("dataset:imagenet").type()).isEqualTo(NodeType.DATASET);
        assertThat(g.node("dataset:imagenet").date().issued()).hasToString("2015-12-10");
        assertThat(g.node("dataset:imagenet").date().listing()).hasToString("--03-12");
        Map<String, Double> e = edges(g);
        assertThat(e).containsEntry("dataset:imagenet -- method:resnet", 2.0)
                .containsEntry("dataset:cifar-10 -- dataset:imagenet", 2.0)
                .containsEntry("method:resnet -- method:transformer", 1.0)
                .containsEntry("method:bert -- method:transformer", 1.0)
                .doesNotContainKey("dataset:squad -- method:resnet");
        // p1 has 6 entities, p2 4, p3 5, p4 5: 15 + 6 + 10 + 10 pairs, of which 3 occur twice
        assertThat(e).hasSize(41 - 3);
    }

    @Test
    void minConfidenceDropsLinksWithoutStrongEnoughEvidence() {
        ViewGraph g = view(ViewKind.COOCCURRENCE, Map.of(), 0.65, 0, Ranking.WEIGHT);
        assertThat(g.contains("dataset:glue")).isFalse();
        assertThat(g.contains("task:object-detection")).as("a link without evidence fails any threshold").isFalse();
        assertThat(g.node("method:transformer").weight()).isEqualTo(2);
        assertThat(g.node("dataset:cifar-10").weight()).isEqualTo(1);
        assertThat(edges(g)).containsEntry("dataset:cifar-10 -- dataset:imagenet", 1.0)
                .doesNotContainKey("method:resnet -- method:transformer");

        ViewGraph atHalf = view(ViewKind.COOCCURRENCE, Map.of(), 0.5, 0, Ranking.WEIGHT);
        assertThat(atHalf.contains("dataset:glue")).as("confidence equal to the threshold passes").isTrue();
    }

    @Test
    void topNByWeightKeepsTheEntitiesWithMostPapersTiesByIdAndTheEdgesAmongThem() {
        ViewGraph g = view(ViewKind.COOCCURRENCE, Map.of(), null, 3, Ranking.WEIGHT);
        assertThat(g.nodes()).extracting(n -> n.id())
                .containsExactly("method:transformer", "dataset:cifar-10", "dataset:imagenet");
        assertThat(edges(g)).containsOnly(Map.entry("dataset:cifar-10 -- dataset:imagenet", 2.0),
                Map.entry("dataset:cifar-10 -- method:transformer", 1.0),
                Map.entry("dataset:imagenet -- method:transformer", 1.0));
    }

    @Test
    void topNByDegreeRanksByDistinctCooccurringEntities() {
        ViewGraph g = view(ViewKind.COOCCURRENCE, Map.of(), null, 2, Ranking.DEGREE);
        assertThat(g.nodes()).extracting(n -> n.id()).containsExactly("method:transformer", "dataset:cifar-10");
    }

    @Test
    void typesAndMinWeightNarrowTheView() {
        ViewGraph g = view(ViewKind.COOCCURRENCE, Map.of("types", "Dataset,method", "min-weight", "2"), null, 0,
                Ranking.WEIGHT);
        assertThat(g.nodes()).allMatch(n -> n.type() == NodeType.METHOD || n.type() == NodeType.DATASET);
        assertThat(edges(g)).containsOnly(Map.entry("dataset:imagenet -- method:resnet", 2.0),
                Map.entry("dataset:cifar-10 -- method:resnet", 2.0),
                Map.entry("dataset:cifar-10 -- dataset:imagenet", 2.0));
    }

    @Test
    void methodDatasetLinksOnlyMethodsToDatasets() {
        ViewGraph g = view(ViewKind.METHOD_DATASET, Map.of(), null, 0, Ranking.WEIGHT);
        Map<NodeType, Integer> types = new HashMap<>();
        g.nodes().forEach(n -> types.merge(n.type(), 1, Integer::sum));
        assertThat(types).containsOnlyKeys(NodeType.METHOD, NodeType.DATASET);
        for (ViewEdge e : g.edges()) {
            assertThat(g.source(e).type()).isEqualTo(NodeType.METHOD);
            assertThat(g.target(e).type()).isEqualTo(NodeType.DATASET);
        }
        assertThat(edges(g)).containsEntry("dataset:imagenet -- method:resnet", 2.0)
                .containsEntry("dataset:squad -- method:transformer", 1.0)
                .hasSize(2 + 1 + 2 + 3 * 2);
    }

    @Test
    void badParametersAreUsageErrorsThatSayWhatWouldWork() {
        assertThatThrownBy(() -> view(ViewKind.COOCCURRENCE, Map.of("types", "Paper"), null, 0, Ranking.WEIGHT))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("not an entity type");
        assertThatThrownBy(() -> view(ViewKind.COOCCURRENCE, Map.of("depth", "2"), null, 0, Ranking.WEIGHT))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("takes types, min-weight, listing-year");
        assertThatThrownBy(() -> view(ViewKind.COOCCURRENCE, Map.of("min-weight", "two"), null, 0, Ranking.WEIGHT))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("whole number");
    }
}
