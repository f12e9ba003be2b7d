package org.paperkg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Test;

/** The benchmark times every query, fills required papers itself and prints one line per query. */
class QueryBenchTest {

    @Test
    void timesEveryCatalogueQuery() {
        Dataset ds = QueryFixture.dataset();
        try {
            CatalogueRunner runner = new CatalogueRunner(QueryCatalogue.load(), SparqlTarget.local(ds), QueryFixture.IRIS);
            List<QueryBench.Timing> timings = QueryBench.run(runner, Map.of("method", "AlphaNet", "dataset", "ImageNet",
                    "metric", "accuracy", "entity", "AlphaNet", "minPapers", "1"), 3);
            assertThat(timings).extracting(QueryBench.Timing::query).isEqualTo(runner.catalogue().names());
            assertThat(timings).allSatisfy(t -> {
                assertThat(t.rows()).as(t.query()).isPositive();
                assertThat(t.minMillis()).isLessThanOrEqualTo(t.medianMillis());
                assertThat(t.medianMillis()).isLessThanOrEqualTo(t.maxMillis());
                assertThat(t.medianCpuMillis()).isPositive().isLessThanOrEqualTo(t.maxCpuMillis());
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            QueryBench.print(timings, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            String text = out.toString(StandardCharsets.UTF_8);
            assertThat(text.lines()).hasSize(timings.size() + 2);
            assertThat(text).startsWith("query ").contains("paper-neighbourhood").contains("slowest median:")
                    .containsPattern("\\d+ of " + timings.size() + " queries over 1 s");
            assertThat(new QueryBench.Timing("q", 1, 1200, 900, 1500, 400, 500).overBudget()).isTrue();
            assertThat(new QueryBench.Timing("q", 1, 900, 900, 1500, 1100, 1200).overBudget()).isTrue();
        } finally {
            ds.close();
        }
    }
}
