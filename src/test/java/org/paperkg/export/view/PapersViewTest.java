package org.paperkg.export.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.export.ExportFixture;
import org.paperkg.export.Exporter;
import org.paperkg.export.model.NodeType;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewGraph.Ranking;
import org.paperkg.export.model.ViewKind;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.store.KgStore;

/** The bipartite papers view on the fixture graph. */
class PapersViewTest {

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

    private static ViewGraph view(Double min, int top) {
        return Exporter.view(store, new ViewRequest(ViewKind.PAPERS, Map.of(), min, top, Ranking.WEIGHT, null));
    }

    private static ViewEdge edge(ViewGraph g, String from, String to) {
        return g.graph().getEdge(g.node(from), g.node(to));
    }

    @Test
    void papersLinkToEveryEntityTheyUseLabelledByTheLinkAndWeightedByItsBestEvidence() {
        ViewGraph g = view(null, 0);
        assertThat(g.isDirected()).isTrue();
        assertThat(g.nodes()).filteredOn(n -> n.type() == NodeType.PAPER).hasSize(4);
        assertThat(g.nodeCount()).isEqualTo(4 + 15);
        assertThat(g.edgeCount()).isEqualTo(6 + 4 + 5 + 5);
        assertThat(g.node("paper:p1").label()).isEqualTo("Deep Residual Learning for Image Recognition");
        assertThat(g.node("paper:p1").weight()).isEqualTo(6);
        assertThat(g.node("paper:p1").date().issued()).hasToString("2015-12-10");
        assertThat(g.node("paper:p4").date().listing()).hasToString("--03-12");
        assertThat(g.node("method:transformer").weight()).isEqualTo(3);

        assertThat(edge(g, "paper:p1", "method:resnet").relation()).isEqualTo("proposes");
        assertThat(edge(g, "paper:p1", "method:resnet").weight()).isEqualTo(0.95);
        assertThat(edge(g, "paper:p1", "dataset:imagenet").relation()).isEqualTo("usesDataset");
        assertThat(edge(g, "paper:p1", "dataset:imagenet").weight()).isEqualTo(0.9);
        assertThat(edge(g, "paper:p1", "task:object-detection").weight()).as("no evidence: weight 1").isEqualTo(1.0);
        assertThat(edge(g, "paper:p3", "method:transformer").relation()).isEqualTo("usesMethod");
        assertThat(edge(g, "paper:p1", "dataset:imagenet").date().issued()).hasToString("2015-12-10");
    }

    @Test
    void minConfidenceDropsWeakAndUnsupportedLinks() {
        ViewGraph g = view(0.65, 0);
        assertThat(edge(g, "paper:p1", "dataset:cifar-10")).isNull();
        assertThat(g.contains("task:object-detection")).isFalse();
        assertThat(g.node("paper:p1").weight()).isEqualTo(4);
        assertThat(g.edgeCount()).isEqualTo(4 + 4 + 4 + 4);
    }

    @Test
    void topNRanksPapersAndEntitiesTogetherByDegree() {
        ViewGraph g = view(null, 5);
        assertThat(g.nodes()).extracting(n -> n.id())
                .containsExactly("paper:p1", "paper:p3", "paper:p4", "paper:p2", "method:transformer");
        assertThat(g.edges()).hasSize(3).allMatch(e -> g.target(e).id().equals("method:transformer"));
    }
}
