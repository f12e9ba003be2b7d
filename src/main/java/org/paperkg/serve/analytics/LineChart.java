package org.paperkg.serve.analytics;

import java.util.List;

/**
 * A line over ordered categories (months, listing days), with a dot per point whose tooltip
 * gives the exact value. When there are many points, only every k-th label is written.
 */
final class LineChart {

    /** One point. */
    record Point(String label, double value) {
    }

    private static final double LEFT = 72;
    private static final double RIGHT = 20;
    private static final double TOP = 24;
    private static final double BOTTOM = 72;
    private static final double PLOT_HEIGHT = 220;
    private static final String STROKE = "#4e79a7";

    private LineChart() {
    }

    static String svg(String title, String valueName, List<Point> points) {
        int n = points.size();
        double plotWidth = Math.min(900, Math.max(360, 34.0 * n));
        double width = LEFT + plotWidth + RIGHT;
        double height = TOP + PLOT_HEIGHT + BOTTOM;
        double lo = 0;
        double hi = 0;
        for (Point p : points) {
            lo = Math.min(lo, p.value());
            hi = Math.max(hi, p.value());
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        SvgWriter svg = new SvgWriter(width, height, title);
        svg.text(LEFT, 14, "start", "#555", valueName);
        for (int t = 0; t <= 4; t++) {
            double v = lo + (hi - lo) * t / 4;
            double y = y(v, lo, hi);
            svg.line(LEFT, y, LEFT + plotWidth, y, "#e5e5e5");
            svg.text(LEFT - 6, y + 4, "end", "#555", Labels.number(v));
        }
        svg.line(LEFT, TOP, LEFT, TOP + PLOT_HEIGHT, "#999");
        svg.line(LEFT, y(0, lo, hi), LEFT + plotWidth, y(0, lo, hi), "#999");
        double step = n > 1 ? plotWidth / (n - 1) : 0;
        int every = Math.max(1, (int) Math.ceil(n / (plotWidth / 18)));
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = LEFT + (n > 1 ? i * step : plotWidth / 2);
            xy[2 * i + 1] = y(points.get(i).value(), lo, hi);
        }
        if (n > 1) {
            svg.polyline(xy, STROKE);
        }
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            svg.circle(xy[2 * i], xy[2 * i + 1], 3.5, STROKE, p.label() + ": " + Labels.number(p.value()));
            if (i % every == 0) {
                svg.text(xy[2 * i], TOP + PLOT_HEIGHT + 14, "end", "#222", Labels.shorten(p.label(), 16), -45);
            }
        }
        return svg.toString();
    }

    private static double y(double v, double lo, double hi) {
        return TOP + PLOT_HEIGHT - (v - lo) / (hi - lo) * PLOT_HEIGHT;
    }
}
