package org.paperkg.serve.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.domain.EntityType;
import org.paperkg.link.ResourceIris;
import org.paperkg.query.QueryLimits;
import org.paperkg.query.Sparql;
import org.paperkg.store.KgStore;
import org.paperkg.testing.BuiltStores;
import org.paperkg.testing.SharedData;

/**
 * The home page's numbers read from the statistics graph's rankings are the numbers live
 * aggregation gives, on the seed listings and on the examples (where many entities tie): with the
 * statistics, and again after they are dropped.
 */
class HomeViewsIT {

    @Test
    void theRankingsGiveTheHomePageTheNumbersLiveAggregationGives(@TempDir Path dir) throws IOException {
        HomeView seeds = fromStatisticsAndLive(BuiltStores.build(dir.resolve("db"), SharedData.require("seeds")));
        assertThat(seeds.used().get(EntityType.METHOD)).as("methods used").isGreaterThan(100);
        assertThat(seeds.top().get(EntityType.DATASET)).as("top datasets").hasSize(10);
    }

    @Test
    void onASmallStoreWhereManyEntitiesTieTheTopTenIsStillTheLiveOne(@TempDir Path dir) throws IOException {
        HomeView examples = fromStatisticsAndLive(BuiltStores.examplesWithTheirFacts(dir));
        assertThat(examples.top().get(EntityType.METHOD)).hasSize(10);
    }

    /** The home view from the statistics, checked equal to the one aggregated live once they are dropped. */
    private static HomeView fromStatisticsAndLive(Path db) {
        ResourceIris iris = ResourceIris.defaults();
        try (KgStore store = KgStore.open(db, iris)) {
            QueryLimits limits = new QueryLimits(Duration.ofMinutes(1), 10_000);
            HomeView fromStatistics = new HomeViews(new Sparql(store.dataset().asDatasetGraph(), limits), iris).load();
            store.replaceGraph(iris.statisticsGraph(), ModelFactory.createDefaultModel());
            HomeView live = new HomeViews(new Sparql(store.dataset().asDatasetGraph(), limits), iris).load();

            assertThat(fromStatistics.used()).isEqualTo(live.used());
            assertThat(fromStatistics.top()).isEqualTo(live.top());
            assertThat(fromStatistics).isEqualTo(live);
            return fromStatistics;
        }
    }
}
