package org.paperkg.serve.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.query.QueryCatalogue;

class TrendChartTest {

    @Test
    void monthsAreInOrderWithEmptyMonthsAsZeroAndListingDaysApart() {
        List<TrendChart.Period> periods = List.of(
                new TrendChart.Period("2024-03", 2, 10.0),
                new TrendChart.Period("--07-01", 1, 5.0),
                new TrendChart.Period("2023-12", 1, 4.0));
        List<TrendChart.Period> months = TrendChart.months(periods);
        assertThat(months).extracting(TrendChart.Period::label).containsExactly("2023-12", "2024-01", "2024-02", "2024-03");
        assertThat(months).extracting(TrendChart.Period::papers).containsExactly(1.0, 0.0, 0.0, 2.0);
        assertThat(TrendChart.listingDays(periods)).extracting(TrendChart.Period::label).containsExactly("--07-01");
        String svg = TrendChart.svg("Trend", periods);
        assertThat(svg).contains("(by month)").contains("(by listing day, no year)").contains("all papers (right scale)");
        assertThat(svg.indexOf("2024-01")).isBetween(svg.indexOf("2023-12"), svg.indexOf("2024-03"));
    }

    @Test
    void descriptionsShowCodeSpansAsCodeAndTheCardsTheFirstSentence() {
        assertThat(AnalyticsPages.prose("between `from` and <to>").toString())
                .isEqualTo("between <code>from</code> and &lt;to&gt;");
        assertThat(AnalyticsPages.firstSentence("Counts papers (e.g. ones. with code). Then more.")).isEqualTo(
                "Counts papers (e.g. ones. with code).");
    }

    @Test
    void everyCatalogueQueryHasAKindAndTheIndexShowsNoBackticks() {
        QueryCatalogue catalogue = QueryCatalogue.load();
        catalogue.queries().forEach(q -> assertThat(QuestionKind.of(q.name())).as(q.name()).isNotEqualTo(QuestionKind.OTHER));
        String index = new AnalyticsPages(iri -> null, org.apache.jena.shared.PrefixMapping.Standard)
                .index("/analytics", catalogue, q -> AnalyticsPages.Preview.NONE).toString();
        assertThat(index).doesNotContain("`").contains("<h2>Popularity</h2>").contains("<h2>Leaderboards</h2>")
                .contains("<h2>Trends</h2>").contains("<h2>Relations</h2>").contains("<h2>Quality and coverage</h2>");
        assertThat(index.split("class=\"card\"", -1)).hasSize(catalogue.queries().size() + 1);
    }
}
