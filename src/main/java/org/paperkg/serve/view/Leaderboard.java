package org.paperkg.serve.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One leaderboard of an entity's page, as Papers with Code shows it: the results of one metric
 * (on one dataset, or for one method), best first, the newest marked, and the best value over
 * time.
 *
 * <p>"Best" needs the metric's direction: a metric whose {@code pk:higherIsBetter} is not stated
 * gets its rows high to low but no ranks and no best-over-time series.
 *
 * <p>Papers carry either a full date ({@code dcterms:issued}) or only the listing day of a listing
 * page ({@code --MM-DD}, no year). The two cannot be put on one time axis, so the series and the
 * newest mark use the full dates when any row has one and the listing days otherwise.
 *
 * @param key            what the rows share ("top-1 accuracy", "BLEU on WMT 2014 English-German")
 * @param higherIsBetter the metric's direction, or null when the lexicon does not say
 * @param rows           scores best first, then deltas and values that are not numbers
 * @param newest         the latest date among the rows, or null when they do not differ in date
 * @param bestOverTime   the best score so far at each date a score was reported, in date order;
 *                       empty without a direction
 */
public record Leaderboard(String key, Boolean higherIsBetter, List<ResultRow> rows, String newest, List<Best> bestOverTime) {

    /** The best score up to and including {@code date}, and the row that holds it. */
    public record Best(String date, BigDecimal value, ResultRow holder) {
    }

    public Leaderboard {
        rows = List.copyOf(rows);
        bestOverTime = List.copyOf(bestOverTime);
    }

    /** The leaderboard of {@code rows}, which share the metric; sorts them. */
    public static Leaderboard of(String key, List<ResultRow> rows) {
        List<ResultRow> sorted = Results.sorted(rows);
        Boolean hib = sorted.stream().map(ResultRow::higherIsBetter).filter(Objects::nonNull).findFirst().orElse(null);
        List<ResultRow> dated = onOneAxis(sorted);
        List<String> dates = dated.stream().map(ResultRow::paperDate).distinct().sorted().toList();
        String newest = dates.size() > 1 ? dates.get(dates.size() - 1) : null;
        return new Leaderboard(key, hib, sorted, newest, hib == null ? List.of() : bestOverTime(dated, hib));
    }

    /** True when the table ranks its scores, which needs the metric's direction. */
    public boolean ranked() {
        return higherIsBetter != null;
    }

    /** True for a row reported at the newest date. */
    public boolean isNewest(ResultRow r) {
        return newest != null && newest.equals(r.paperDate());
    }

    /** True when the dates the series and the newest mark use are listing days, which carry no year. */
    public boolean listingDays() {
        List<ResultRow> axis = onOneAxis(rows);
        return !axis.isEmpty() && axis.get(0).paperDate().startsWith("--");
    }

    /** The rows whose dates share one axis: those with a full date if any, else those with a listing day. */
    private static List<ResultRow> onOneAxis(List<ResultRow> rows) {
        List<ResultRow> full = rows.stream().filter(r -> r.paperDate() != null && !r.paperDate().startsWith("--")).toList();
        return full.isEmpty() ? rows.stream().filter(r -> r.paperDate() != null).toList() : full;
    }

    private static List<Best> bestOverTime(List<ResultRow> dated, boolean higherIsBetter) {
        List<ResultRow> scores = new ArrayList<>(dated.stream().filter(r -> !r.delta() && r.value() != null).toList());
        scores.sort(Comparator.comparing(ResultRow::paperDate));
        Comparator<BigDecimal> better = higherIsBetter ? Comparator.naturalOrder() : Comparator.reverseOrder();
        List<Best> out = new ArrayList<>();
        Best best = null;
        for (ResultRow r : scores) {
            if (best == null || better.compare(r.value(), best.value()) > 0) {
                best = new Best(r.paperDate(), r.value(), r);
            }
            Best atDate = new Best(r.paperDate(), best.value(), best.holder());
            if (!out.isEmpty() && out.get(out.size() - 1).date().equals(r.paperDate())) {
                out.set(out.size() - 1, atDate);
            } else {
                out.add(atDate);
            }
        }
        return out;
    }
}
