package org.paperkg.serve.analytics;

import java.util.List;

/**
 * Horizontal bars, one per row, labels on the left: long entity names stay readable. Values
 * may be negative (a shrinking share); bars then grow left from the zero line.
 */
final class BarChart {

    /** One bar. */
    record Bar(String label, double value) {
    }

    private static final double LABEL_WIDTH = 230;
    private static final double PLOT_WIDTH = 420;
    private static final double ROW = 22;
    private static final double TOP = 28;
    private static final String FILL = "#4e79a7";
    private static final String NEGATIVE = "#e15759";

    private BarChart() {
    }

    static String svg(String title, String valueName, List<Bar> bars) {
        double lo = 0;
        double hi = 0;
        for (Bar b : bars) {
            lo = Math.min(lo, b.value());
            hi = Math.max(hi, b.value());
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        double width = LABEL_WIDTH + PLOT_WIDTH + 60;
        double height = TOP + ROW * bars.size() + 12;
        SvgWriter svg = new SvgWriter(width, height, title);
        svg.text(LABEL_WIDTH, 16, "start", "#555", valueName);
        double zero = x(0, lo, hi);
        svg.line(zero, TOP - 4, zero, height - 8, "#999");
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + i * ROW;
            double end = x(b.value(), lo, hi);
            String tip = b.label() + ": " + Labels.number(b.value());
            svg.text(LABEL_WIDTH - 8, y + 15, "end", "#222", Labels.shorten(b.label(), 34));
            svg.rect(Math.min(zero, end), y + 3, Math.abs(end - zero), ROW - 6, b.value() < 0 ? NEGATIVE : FILL, tip);
            if (b.value() < 0) {
                svg.text(end - 4, y + 15, "end", "#222", Labels.number(b.value()));
            } else {
                svg.text(end + 4, y + 15, "start", "#222", Labels.number(b.value()));
            }
        }
        return svg.toString();
    }

    private static double x(double v, double lo, double hi) {
        return LABEL_WIDTH + (v - lo) / (hi - lo) * PLOT_WIDTH;
    }
}
