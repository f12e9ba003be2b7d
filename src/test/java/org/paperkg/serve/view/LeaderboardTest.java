package org.paperkg.serve.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperkg.serve.view.Leaderboard.Best;

class LeaderboardTest {

    private static ResultRow row(String paper, String date, Boolean higherIsBetter, String value) {
        return new ResultRow("r-" + paper, paper, "Title " + paper, date, "m", "top-1 accuracy", higherIsBetter,
                new BigDecimal(value), value, "%", false, "d", "ImageNet", null, null, 0.9, null, null);
    }

    @Test
    void theBestSoFarFollowsTheDatesAndTheNewestIsMarked() {
        Leaderboard b = Leaderboard.of("top-1 accuracy", List.of(
                row("a", "2019-05-28", true, "84.3"), row("b", "2015-12-10", true, "76.0"),
                row("c", "2021-02-26", true, "76.2"), row("d", "2020-10-22", true, "88.55"),
                row("e", "2020-10-22", true, "80.0")));
        assertThat(b.ranked()).isTrue();
        assertThat(b.rows()).extracting(ResultRow::paperIri).containsExactly("d", "a", "e", "c", "b");
        assertThat(b.bestOverTime()).extracting(Best::date, x -> x.value().toPlainString(), x -> x.holder().paperIri())
                .containsExactly(
                        tuple("2015-12-10", "76.0", "b"),
                        tuple("2019-05-28", "84.3", "a"),
                        tuple("2020-10-22", "88.55", "d"),
                        tuple("2021-02-26", "88.55", "d"));
        assertThat(b.rows()).filteredOn(b::isNewest).extracting(ResultRow::paperIri).containsExactly("c");
        assertThat(b.listingDays()).isFalse();
    }

    @Test
    void lowerIsBetterKeepsTheLowestSoFar() {
        Leaderboard b = Leaderboard.of("top-5 error", List.of(
                row("a", "2015-02-11", false, "4.9"), row("b", "2015-12-10", false, "3.57"), row("c", "2016-01-01", false, "4.0")));
        assertThat(b.bestOverTime()).extracting(x -> x.value().toPlainString()).containsExactly("4.9", "3.57", "3.57");
    }

    @Test
    void aMetricWithoutADirectionHasNoRanksAndNoBest() {
        Leaderboard b = Leaderboard.of("score", List.of(row("a", "2019-01-01", null, "1"), row("b", "2020-01-01", null, "2")));
        assertThat(b.ranked()).isFalse();
        assertThat(b.bestOverTime()).isEmpty();
        assertThat(b.rows()).extracting(ResultRow::paperIri).containsExactly("b", "a");
        assertThat(b.newest()).isEqualTo("2020-01-01");
    }

    @Test
    void listingDaysAreUsedOnlyWhenNoRowHasAFullDate() {
        Leaderboard mixed = Leaderboard.of("m", List.of(row("a", "--07-03", true, "90"), row("b", "2018-01-01", true, "80"),
                row("c", "2017-01-01", true, "70")));
        assertThat(mixed.listingDays()).isFalse();
        assertThat(mixed.bestOverTime()).extracting(Best::date).containsExactly("2017-01-01", "2018-01-01");
        assertThat(mixed.rows()).filteredOn(mixed::isNewest).extracting(ResultRow::paperIri).containsExactly("b");

        Leaderboard days = Leaderboard.of("m", List.of(row("a", "--07-03", true, "75.3"), row("b", "--03-12", true, "90.94"),
                row("c", null, true, "99")));
        assertThat(days.listingDays()).isTrue();
        assertThat(days.bestOverTime()).extracting(Best::date).containsExactly("--03-12", "--07-03");
        assertThat(days.rows()).filteredOn(days::isNewest).extracting(ResultRow::paperIri).containsExactly("a");
    }

    @Test
    void oneDateMarksNothingNewest() {
        Leaderboard b = Leaderboard.of("m", List.of(row("a", "2020-01-01", true, "1"), row("b", "2020-01-01", true, "2")));
        assertThat(b.newest()).isNull();
        assertThat(b.rows()).noneMatch(b::isNewest);
    }
}
