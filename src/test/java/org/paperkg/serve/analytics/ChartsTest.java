package org.paperkg.serve.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;
import org.paperkg.query.ChartSpec;
import org.paperkg.query.QueryResultTable;

/** The SVG charts drawn from result tables: one mark per value, text escaped, numbers placed. */
class ChartsTest {

    private static QueryResultTable table(List<String> columns, Object[]... rows) {
        List<List<RDFNode>> out = new ArrayList<>();
        for (Object[] r : rows) {
            List<RDFNode> row = new ArrayList<>();
            for (Object o : r) {
                row.add(o instanceof String s && s.startsWith("http") ? ResourceFactory.createResource(s)
                        : o instanceof String s ? ResourceFactory.createStringLiteral(s)
                        : ResourceFactory.createTypedLiteral(o));
            }
            out.add(row);
        }
        return new QueryResultTable(columns, out, false);
    }

    private static int count(String svg, String element) {
        Matcher m = Pattern.compile("<" + element + "[ >]").matcher(svg);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void barsOnePerNumericRowWithEscapedLabels() {
        QueryResultTable t = table(List.of("label", "papers"),
                new Object[] {"ImageNet", 12}, new Object[] {"<script>alert(1)</script>", 3}, new Object[] {"n/a", "many"});
        String svg = Charts.render("Top <datasets>", new ChartSpec(ChartSpec.Kind.BAR, "label", "papers", null), t)
                .orElseThrow();
        assertThat(count(svg, "rect")).isEqualTo(2);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("<title>Top &lt;datasets&gt;</title>").contains(">12</text>").contains("ImageNet: 12");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
    }

    @Test
    void negativeBarsGrowLeftOfZero() {
        QueryResultTable t = table(List.of("label", "growth"), new Object[] {"up", 2.5}, new Object[] {"down", -1.0});
        String svg = Charts.render("g", new ChartSpec(ChartSpec.Kind.BAR, "label", "growth", null), t).orElseThrow();
        assertThat(svg).contains("fill=\"#e15759\"").contains(">-1</text>").contains(">2.5</text>");
    }

    @Test
    void aLineHasAPointPerPeriodInOrder() {
        QueryResultTable t = table(List.of("period", "papers"),
                new Object[] {"2019-01", 1}, new Object[] {"2019-02", 0}, new Object[] {"2019-03", 4});
        String svg = Charts.render("trend", new ChartSpec(ChartSpec.Kind.LINE, "period", "papers", null), t).orElseThrow();
        assertThat(count(svg, "circle")).isEqualTo(3);
        assertThat(count(svg, "polyline")).isEqualTo(1);
        assertThat(svg.indexOf("2019-01: 1")).isLessThan(svg.indexOf("2019-02: 0")).isLessThan(svg.indexOf("2019-03: 4"));
    }

    @Test
    void aHeatMapHasACellPerRowAndColumn() {
        QueryResultTable t = table(List.of("m", "d", "papers"),
                new Object[] {"BERT", "GLUE", 3}, new Object[] {"BERT", "SQuAD", 2}, new Object[] {"ResNet", "ImageNet", 5});
        String svg = Charts.render("matrix", new ChartSpec(ChartSpec.Kind.HEATMAP, "d", "m", "papers"), t).orElseThrow();
        assertThat(count(svg, "rect")).isEqualTo(2 * 3);
        assertThat(svg).contains("ResNet × ImageNet: 5").contains("BERT × ImageNet: 0")
                .contains("fill=\"" + HeatMap.shade(1) + "\"");
        assertThat(HeatMap.shade(0)).isEqualTo("#f7fbff");
        assertThat(HeatMap.shade(1)).isEqualTo("#08306b");
    }

    @Test
    void iriLabelsShowTheirLastSegmentAndEmptyTablesDrawNothing() {
        QueryResultTable t = table(List.of("x", "y"), new Object[] {"https://w3id.org/paperkg/resource/dataset/imagenet", 2});
        assertThat(Charts.render("c", new ChartSpec(ChartSpec.Kind.BAR, "x", "y", null), t).orElseThrow())
                .contains(">imagenet</text>");
        assertThat(Charts.render("c", new ChartSpec(ChartSpec.Kind.BAR, "x", "y", null),
                new QueryResultTable(List.of("x", "y"), List.of(), false))).isEmpty();
        assertThat(Charts.render("c", ChartSpec.NONE, t)).isEmpty();
    }
}
