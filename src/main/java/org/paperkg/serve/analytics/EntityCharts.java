package org.paperkg.serve.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperkg.serve.html.EntityPage;
import org.paperkg.serve.html.Html;
import org.paperkg.serve.view.EntityView;
import org.paperkg.serve.view.Leaderboard;

/**
 * The charts of an entity's page, drawn with the analytics charts: for each leaderboard with a
 * direction, the best value over time, and the papers that name the entity by month (the same
 * time axis as the trend query's chart: months in order, empty months as zero, listing days apart).
 */
public final class EntityCharts {

    private EntityCharts() {
    }

    public static EntityPage.Charts of(EntityView e) {
        Map<String, Html.Raw> boards = new LinkedHashMap<>();
        for (Leaderboard b : e.results()) {
            if (!b.bestOverTime().isEmpty()) {
                boards.put(b.key(), Html.raw(bestOverTime(e.label(), b)));
            }
        }
        List<TrendChart.Period> periods = e.periods().stream()
                .map(p -> new TrendChart.Period(p.period(), p.papers(), (double) p.allPapers())).toList();
        String trend = TrendChart.svg("Papers naming " + e.label(), periods);
        return new EntityPage.Charts(boards, trend == null ? null : Html.raw(trend));
    }

    /** A line of the best value so far at each date a result was reported. */
    static String bestOverTime(String entity, Leaderboard b) {
        List<LineChart.Point> points = b.bestOverTime().stream()
                .map(best -> new LineChart.Point(best.date(), best.value().doubleValue())).toList();
        String axis = b.listingDays() ? " (by listing day, no year)" : "";
        return LineChart.svg("Best " + b.key() + " over time, " + entity + axis, "best " + b.key(), points);
    }
}
