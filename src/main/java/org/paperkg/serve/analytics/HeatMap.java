package org.paperkg.serve.analytics;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A matrix of counts: rows and columns labelled, each cell shaded by its value (white for
 * none, deep blue for the largest) and showing the number.
 */
final class HeatMap {

    private static final double LEFT = 190;
    private static final double TOP = 130;
    private static final double CELL_W = 44;
    private static final double CELL_H = 24;

    private HeatMap() {
    }

    /**
     * @param rows    row labels, top to bottom
     * @param columns column labels, left to right
     * @param cells   row label → column label → value; missing cells are empty
     */
    static String svg(String title, List<String> rows, List<String> columns, Map<String, Map<String, Double>> cells) {
        double max = 0;
        for (Map<String, Double> r : cells.values()) {
            for (double v : r.values()) {
                max = Math.max(max, v);
            }
        }
        double width = LEFT + CELL_W * columns.size() + 100;
        double height = TOP + CELL_H * rows.size() + 20;
        SvgWriter svg = new SvgWriter(width, height, title);
        for (int c = 0; c < columns.size(); c++) {
            double x = LEFT + c * CELL_W + CELL_W / 2;
            svg.text(x, TOP - 8, "start", "#222", Labels.shorten(columns.get(c), 22), -50);
        }
        for (int r = 0; r < rows.size(); r++) {
            double y = TOP + r * CELL_H;
            String row = rows.get(r);
            svg.text(LEFT - 8, y + 16, "end", "#222", Labels.shorten(row, 28));
            for (int c = 0; c < columns.size(); c++) {
                double x = LEFT + c * CELL_W;
                Double v = cells.getOrDefault(row, Map.of()).get(columns.get(c));
                double share = v == null || max == 0 ? 0 : v / max;
                svg.rect(x, y, CELL_W - 2, CELL_H - 2, shade(share),
                        row + " × " + columns.get(c) + ": " + (v == null ? "0" : Labels.number(v)));
                if (v != null) {
                    svg.text(x + CELL_W / 2 - 1, y + 16, "middle", share > 0.55 ? "#ffffff" : "#222", Labels.number(v));
                }
            }
        }
        return svg.toString();
    }

    /** White (0) to deep blue (1), interpolated in RGB. */
    static String shade(double share) {
        double s = Math.max(0, Math.min(1, share));
        int r = (int) Math.round(0xf7 + (0x08 - 0xf7) * s);
        int g = (int) Math.round(0xfb + (0x30 - 0xfb) * s);
        int b = (int) Math.round(0xff + (0x6b - 0xff) * s);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
