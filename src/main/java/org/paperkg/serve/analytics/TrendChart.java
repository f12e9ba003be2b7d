package org.paperkg.serve.analytics;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A trend on a real time axis: every month from the first to the last in order, months without
 * papers drawn as zero, the entity's papers as a line on the left scale and the corpus's papers
 * per month as a grey line on the right scale, so growth of the corpus is not read as growth of
 * the topic. Listing days ({@code --MM-DD}, no year) cannot be placed on that axis; they get a
 * chart of their own below.
 */
final class TrendChart {

    /** One period of the result: its label, the entity's papers and the corpus's (null if unknown). */
    record Period(String label, double papers, Double allPapers) {
    }

    private static final double LEFT = 64;
    private static final double RIGHT = 64;
    private static final double TOP = 28;
    private static final double BOTTOM = 64;
    private static final double PLOT_HEIGHT = 200;
    private static final String ENTITY = "#4e79a7";
    private static final String CORPUS = "#a0a0a0";

    private TrendChart() {
    }

    /** The months of {@code periods} (YYYY-MM), filled with zeros between the first and the last. */
    static List<Period> months(List<Period> periods) {
        Map<YearMonth, Period> byMonth = new TreeMap<>();
        for (Period p : periods) {
            YearMonth m = month(p.label());
            if (m != null) {
                byMonth.merge(m, p, (a, b) -> new Period(a.label(), a.papers() + b.papers(), a.allPapers()));
            }
        }
        List<Period> out = new ArrayList<>();
        if (byMonth.isEmpty()) {
            return out;
        }
        YearMonth first = ((TreeMap<YearMonth, Period>) byMonth).firstKey();
        YearMonth last = ((TreeMap<YearMonth, Period>) byMonth).lastKey();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Period p = byMonth.get(m);
            out.add(p != null ? p : new Period(m.toString(), 0, 0.0));
        }
        return out;
    }

    /** The listing days of {@code periods} ({@code --MM-DD}), in order. */
    static List<Period> listingDays(List<Period> periods) {
        return periods.stream().filter(p -> p.label().startsWith("--")).sorted(
                java.util.Comparator.comparing(Period::label)).toList();
    }

    private static YearMonth month(String label) {
        try {
            return label.length() == 7 ? YearMonth.parse(label) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The SVG of the months, then, if any, a chart of the listing days; null when there is neither. */
    static String svg(String title, List<Period> periods) {
        List<Period> months = months(periods);
        List<Period> days = listingDays(periods);
        StringBuilder out = new StringBuilder();
        if (!months.isEmpty()) {
            out.append(axis(title + " (by month)", months));
        }
        if (!days.isEmpty()) {
            out.append(axis(title + " (by listing day, no year)", days));
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static String axis(String title, List<Period> points) {
        int n = points.size();
        double plotWidth = Math.min(900, Math.max(320, 24.0 * n));
        SvgWriter svg = new SvgWriter(LEFT + plotWidth + RIGHT, TOP + PLOT_HEIGHT + BOTTOM, title);
        double hi = Math.max(1, points.stream().mapToDouble(Period::papers).max().orElse(1));
        double corpusHi = Math.max(1, points.stream().mapToDouble(p -> p.allPapers() == null ? 0 : p.allPapers()).max().orElse(1));
        boolean corpus = points.stream().anyMatch(p -> p.allPapers() != null && p.allPapers() > 0);
        svg.text(LEFT, 14, "start", ENTITY, "papers naming it");
        if (corpus) {
            svg.text(LEFT + plotWidth, 14, "end", "#777", "all papers (right scale)");
        }
        for (int t = 0; t <= 4; t++) {
            double y = TOP + PLOT_HEIGHT - PLOT_HEIGHT * t / 4;
            svg.line(LEFT, y, LEFT + plotWidth, y, "#e5e5e5");
            svg.text(LEFT - 6, y + 4, "end", "#555", Labels.number(Math.round(hi * t / 4 * 10) / 10.0));
            if (corpus) {
                svg.text(LEFT + plotWidth + 6, y + 4, "start", "#777", Labels.number(Math.round(corpusHi * t / 4)));
            }
        }
        svg.line(LEFT, TOP + PLOT_HEIGHT, LEFT + plotWidth, TOP + PLOT_HEIGHT, "#999");
        double step = n > 1 ? plotWidth / (n - 1) : 0;
        int every = Math.max(1, (int) Math.ceil(n / (plotWidth / 20)));
        double[] entity = new double[2 * n];
        double[] all = new double[2 * n];
        for (int i = 0; i < n; i++) {
            double x = LEFT + (n > 1 ? i * step : plotWidth / 2);
            Period p = points.get(i);
            entity[2 * i] = x;
            entity[2 * i + 1] = TOP + PLOT_HEIGHT - p.papers() / hi * PLOT_HEIGHT;
            all[2 * i] = x;
            all[2 * i + 1] = TOP + PLOT_HEIGHT - (p.allPapers() == null ? 0 : p.allPapers()) / corpusHi * PLOT_HEIGHT;
        }
        if (corpus && n > 1) {
            svg.polyline(all, CORPUS);
        }
        if (n > 1) {
            svg.polyline(entity, ENTITY);
        }
        for (int i = 0; i < n; i++) {
            Period p = points.get(i);
            String tip = p.label() + ": " + Labels.number(p.papers()) + " papers"
                    + (p.allPapers() == null ? "" : " of " + Labels.number(p.allPapers()));
            svg.circle(entity[2 * i], entity[2 * i + 1], 3, ENTITY, tip);
            if (i % every == 0) {
                svg.text(entity[2 * i], TOP + PLOT_HEIGHT + 14, "end", "#222", p.label(), -45);
            }
        }
        return svg.toString();
    }
}
