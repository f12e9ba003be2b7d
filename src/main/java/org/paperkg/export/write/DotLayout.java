package org.paperkg.export.write;

import java.util.Locale;
import java.util.Optional;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewGraph.Ranking;

/**
 * The Graphviz settings a DOT export asks for, chosen by the view's size so that rendering it
 * ({@code dot -Tpng view.dot}) stays well under a minute.
 *
 * <p>What costs time is edge routing: {@code splines=true} routes every edge around the nodes,
 * which took 81 s for 150 nodes and 1,243 edges of the seed graph, and over 4 minutes for all of
 * it (1,665 nodes, 9,148 edges). So curved edges are kept for small views only; larger ones get
 * straight edges, {@code sfdp} (multilevel force-directed, made for large graphs) and prism
 * overlap removal; the largest also a page size, because drawing a bitmap of 8,000 by 5,000
 * pixels took longer than laying it out.
 *
 * @param tier     how large the view is
 * @param engine   the layout engine ({@code layout} attribute)
 * @param splines  whether edges are routed around nodes
 * @param overlap  the {@code overlap} attribute: how node overlaps are removed
 * @param size     the {@code size} attribute (inches, "W,H"), or null for the natural size
 */
public record DotLayout(Tier tier, String engine, boolean splines, String overlap, String size) {

    /** View sizes and what a picture of them is good for. */
    public enum Tier {
        /** Readable as a picture: every label and edge can be followed. */
        SMALL(150, 400),
        /** An overview: clusters show, single edges do not. */
        MEDIUM(600, 4_000),
        /** Too large to read; laid out only so that it can be rendered at all. */
        LARGE(Integer.MAX_VALUE, Integer.MAX_VALUE);

        private final int maxNodes;
        private final int maxEdges;

        Tier(int maxNodes, int maxEdges) {
            this.maxNodes = maxNodes;
            this.maxEdges = maxEdges;
        }

        boolean fits(int nodes, int edges) {
            return nodes <= maxNodes && edges <= maxEdges;
        }
    }

    /** The settings for a view of this many nodes and edges. */
    public static DotLayout forSize(int nodes, int edges) {
        if (Tier.SMALL.fits(nodes, edges)) {
            return new DotLayout(Tier.SMALL, "neato", true, "false", null);
        }
        if (Tier.MEDIUM.fits(nodes, edges)) {
            return new DotLayout(Tier.MEDIUM, "sfdp", false, "prism", null);
        }
        return new DotLayout(Tier.LARGE, "sfdp", false, "prism", "60,60");
    }

    public static DotLayout of(ViewGraph g) {
        return forSize(g.nodeCount(), g.edgeCount());
    }

    /** True when a picture of the view can be read. */
    public boolean readable() {
        return tier == Tier.SMALL;
    }

    /**
     * What to tell the user when a picture of {@code g} will not be readable: its size, the
     * settings chosen, and the {@code --top N} that would read; empty when it is readable.
     */
    public static Optional<String> advice(ViewGraph g, Ranking by) {
        DotLayout layout = of(g);
        if (layout.readable()) {
            return Optional.empty();
        }
        int top = readableTop(g, by);
        return Optional.of(String.format(Locale.ROOT, "%,d nodes and %,d edges are too many to read in one picture; "
                + "the DOT file asks Graphviz for %s with straight edges so that it renders in reasonable time. "
                + "--top %d keeps the %d heaviest nodes (by %s) and the edges between them, a picture that reads.",
                g.nodeCount(), g.edgeCount(), layout.engine(), top, top, by.name().toLowerCase(Locale.ROOT)));
    }

    /**
     * The largest {@code --top N} that would make {@code g} readable (ranked as {@code --top}
     * ranks), or 0 when even its top node is not; {@code g} itself when it already is.
     */
    public static int readableTop(ViewGraph g, Ranking by) {
        if (Tier.SMALL.fits(g.nodeCount(), g.edgeCount())) {
            return g.nodeCount();
        }
        int lo = 0;
        int hi = Math.min(g.nodeCount(), Tier.SMALL.maxNodes);
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            ViewGraph cut = g.top(mid, by);
            if (Tier.SMALL.fits(cut.nodeCount(), cut.edgeCount())) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
