package org.paperkg.serve.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsTest {

    private static ResultRow row(String paper, String metric, Boolean higherIsBetter, String value, boolean delta) {
        return new ResultRow("r-" + paper + value, paper, "Title " + paper, null, "m-" + metric, metric, higherIsBetter,
                new BigDecimal(value), value, "%", delta, "d", "ImageNet", null, null, 0.9, null, null);
    }

    @Test
    void leaderboardsSortBestFirstByTheMetricsDirectionWithDeltasLast() {
        List<ResultRow> rows = List.of(
                row("a", "top-1 accuracy", true, "76.5", false),
                row("b", "top-5 error", false, "4.9", false),
                row("c", "top-1 accuracy", true, "88.55", false),
                row("d", "top-5 error", false, "3.57", false),
                row("e", "top-1 accuracy", true, "2.7", true),
                row("f", "top-1 accuracy", true, "84.3", false));
        List<Leaderboard> boards = Results.leaderboards(rows, ResultRow::metricLabel);
        assertThat(boards).extracting(Leaderboard::key).containsExactly("top-1 accuracy", "top-5 error");
        assertThat(boards.get(0).rows()).extracting(ResultRow::paperIri).containsExactly("c", "f", "a", "e");
        assertThat(boards.get(1).rows()).extracting(ResultRow::paperIri).containsExactly("d", "b");
    }
}
