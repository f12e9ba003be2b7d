package org.paperkg.export.write;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewNode;

/**
 * Starting positions for tools that open a file without laying it out (yEd puts every node at the
 * origin; Gephi and Cytoscape show whatever positions the file gives). JGraphT's force-directed
 * layout (Fruchterman-Reingold) with a fixed seed, so the same view always gets the same picture,
 * comparing every pair of nodes, up to {@value #FORCE_LIMIT} nodes, and a circle, which costs
 * nothing, above that. JGraphT's Barnes-Hut variant is not used: its quadtree (1.5.2) refuses some
 * point sets with an IllegalArgumentException and subdivides others without end when nodes meet
 * at the same point (the seeds' method-dataset view, 949 nodes, filled a 3 GB heap that way).
 */
final class ForceLayout {

    /** Above this many nodes the force-directed layout, which compares every pair, is skipped. */
    static final int FORCE_LIMIT = 2000;
    private static final long SEED = 20240607L;

    private final Map<ViewNode, Point2D> points;

    private ForceLayout(Map<ViewNode, Point2D> points) {
        this.points = points;
    }

    /** Positions in a square whose side grows with the square root of the node count. */
    static ForceLayout of(ViewGraph g) {
        double side = Math.max(400, 120 * Math.sqrt(g.nodeCount()));
        MapLayoutModel2D<ViewNode> model = new MapLayoutModel2D<>(Box2D.of(side, side));
        if (g.nodeCount() <= FORCE_LIMIT) {
            new FRLayoutAlgorithm2D<ViewNode, ViewEdge>(100, 0.5, new Random(SEED)).layout(g.graph(), model);
        } else {
            new CircularLayoutAlgorithm2D<ViewNode, ViewEdge>(side / 2).layout(g.graph(), model);
        }
        Map<ViewNode, Point2D> points = new HashMap<>();
        for (ViewNode n : g.nodes()) {
            Point2D p = model.get(n);
            points.put(n, p == null ? Point2D.of(0, 0) : p);
        }
        return new ForceLayout(points);
    }

    double x(ViewNode n) {
        return round(points.get(n).getX());
    }

    double y(ViewNode n) {
        return round(points.get(n).getY());
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10) / 10.0 : 0;
    }
}
