package org.paperkg.serve.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.RDFNode;
import org.paperkg.query.ChartSpec;
import org.paperkg.query.QueryResultTable;

/**
 * Draws the chart a query's header asks for from its result table. Labels are the cells'
 * text (an IRI shows as its last path segment); values must be numbers, and rows whose value
 * is not one are left out of the chart (they stay in the table).
 */
public final class Charts {

    /** More bars than this make a chart nobody reads; the table has them all. */
    static final int MAX_BARS = 50;
    static final int MAX_HEATMAP_SIDE = 40;

    private Charts() {
    }

    /** The SVG image for {@code table}, or empty when the spec draws nothing or no row has a value. */
    public static Optional<String> render(String title, ChartSpec spec, QueryResultTable table) {
        if (spec.kind() == ChartSpec.Kind.NONE || table.size() == 0) {
            return Optional.empty();
        }
        return switch (spec.kind()) {
            case BAR -> {
                List<BarChart.Bar> bars = new ArrayList<>();
                for (int i = 0; i < table.size() && bars.size() < MAX_BARS; i++) {
                    Double v = number(table.rows().get(i).get(table.indexOf(spec.y())));
                    if (v != null) {
                        bars.add(new BarChart.Bar(label(table, i, spec.x()), v));
                    }
                }
                yield bars.isEmpty() ? Optional.empty() : Optional.of(BarChart.svg(title, spec.y(), bars));
            }
            case LINE -> {
                if (spec.x().equals("period") && table.columns().contains("allPapers")) {
                    yield trend(title, spec, table);
                }
                List<LineChart.Point> points = new ArrayList<>();
                for (int i = 0; i < table.size(); i++) {
                    Double v = number(table.rows().get(i).get(table.indexOf(spec.y())));
                    if (v != null) {
                        points.add(new LineChart.Point(label(table, i, spec.x()), v));
                    }
                }
                yield points.isEmpty() ? Optional.empty() : Optional.of(LineChart.svg(title, spec.y(), points));
            }
            case HEATMAP -> heatmap(title, spec, table);
            case NONE -> Optional.empty();
        };
    }

    /** A trend table (period, papers, allPapers): months on a time axis, listing days apart. */
    private static Optional<String> trend(String title, ChartSpec spec, QueryResultTable table) {
        List<TrendChart.Period> periods = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            Double v = number(table.rows().get(i).get(table.indexOf(spec.y())));
            if (v != null) {
                periods.add(new TrendChart.Period(label(table, i, spec.x()), v,
                        number(table.rows().get(i).get(table.indexOf("allPapers")))));
            }
        }
        return Optional.ofNullable(TrendChart.svg(title, periods));
    }

    private static Optional<String> heatmap(String title, ChartSpec spec, QueryResultTable table) {
        Set<String> rows = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            Double v = number(table.rows().get(i).get(table.indexOf(spec.value())));
            if (v == null) {
                continue;
            }
            String row = label(table, i, spec.y());
            String col = label(table, i, spec.x());
            if ((!rows.contains(row) && rows.size() >= MAX_HEATMAP_SIDE)
                    || (!columns.contains(col) && columns.size() >= MAX_HEATMAP_SIDE)) {
                continue;
            }
            rows.add(row);
            columns.add(col);
            cells.computeIfAbsent(row, k -> new LinkedHashMap<>()).merge(col, v, Double::sum);
        }
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(HeatMap.svg(title, List.copyOf(rows), List.copyOf(columns), cells));
    }

    private static String label(QueryResultTable table, int row, String column) {
        RDFNode n = table.rows().get(row).get(table.indexOf(column));
        if (n != null && n.isURIResource()) {
            String iri = n.asResource().getURI();
            String tail = iri.replaceFirst("[/#]+$", "");
            return tail.substring(Math.max(tail.lastIndexOf('/'), tail.lastIndexOf('#')) + 1);
        }
        return QueryResultTable.text(n);
    }

    /** A cell's number, or null when it is not one. */
    static Double number(RDFNode n) {
        if (n == null || !n.isLiteral()) {
            return null;
        }
        try {
            Object v = n.asLiteral().getValue();
            if (v instanceof Number num) {
                return num.doubleValue();
            }
            double d = Double.parseDouble(n.asLiteral().getLexicalForm());
            return Double.isFinite(d) ? d : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
