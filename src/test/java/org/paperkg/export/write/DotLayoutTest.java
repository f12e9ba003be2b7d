package org.paperkg.export.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paperkg.export.model.NodeDate;
import org.paperkg.export.model.NodeType;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewGraph.Ranking;
import org.paperkg.export.model.ViewNode;

class DotLayoutTest {

    @Test
    void curvedEdgesOnlyForSmallViewsAndAPageSizeForLargeOnes() {
        DotLayout small = DotLayout.forSize(60, 200);
        assertThat(small.readable()).isTrue();
        assertThat(small.engine()).isEqualTo("neato");
        assertThat(small.splines()).isTrue();

        DotLayout manyEdges = DotLayout.forSize(150, 1_243);
        assertThat(manyEdges.tier()).isEqualTo(DotLayout.Tier.MEDIUM);
        assertThat(manyEdges.splines()).isFalse();
        assertThat(manyEdges.engine()).isEqualTo("sfdp");
        assertThat(manyEdges.size()).isNull();

        DotLayout seeds = DotLayout.forSize(1_665, 9_148);
        assertThat(seeds.tier()).isEqualTo(DotLayout.Tier.LARGE);
        assertThat(seeds.splines()).isFalse();
        assertThat(seeds.size()).isNotNull();
    }

    /** A clique of {@code n} entities whose weights fall with their number, so --top k keeps the first k. */
    private static ViewGraph clique(int n) {
        ViewGraph g = ViewGraph.undirected("clique", "every pair");
        for (int i = 0; i < n; i++) {
            g.addNode(new ViewNode("method:m" + i, "M" + i, NodeType.METHOD, "", n - i, NodeDate.NONE));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                g.addEdge("method:m" + i, "method:m" + j, new ViewEdge("cooccurs", 1, NodeDate.NONE));
            }
        }
        return g;
    }

    @Test
    void theAdviceNamesTheLargestTopThatReads() {
        ViewGraph g = clique(60); // 1,770 edges; the top k keep k(k-1)/2 of them
        String advice = DotLayout.advice(g, Ranking.WEIGHT).orElseThrow();
        // 28 nodes keep 378 edges, 29 keep 406: over the 400 a readable picture allows.
        assertThat(advice).startsWith("60 nodes and 1,770 edges are too many").contains("--top 28 keeps the 28 heaviest");
        assertThat(DotLayout.of(g.top(28, Ranking.WEIGHT)).readable()).isTrue();
        assertThat(DotLayout.of(g.top(29, Ranking.WEIGHT)).readable()).isFalse();
        assertThat(DotLayout.advice(clique(20), Ranking.WEIGHT)).isEmpty();
    }
}
