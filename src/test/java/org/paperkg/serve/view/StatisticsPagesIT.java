package org.paperkg.serve.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.domain.EntityType;
import org.paperkg.link.ResourceIris;
import org.paperkg.query.QueryLimits;
import org.paperkg.query.Sparql;
import org.paperkg.serve.view.EntityView.Link;
import org.paperkg.store.KgStore;
import org.paperkg.testing.BuiltStores;
import org.paperkg.testing.SharedData;

/**
 * The pages that read the statistics graph (the home page's counts, rankings and newest papers,
 * an entity page's corpus line) show what live aggregation shows: on the seed listings and on the
 * examples (where many entities tie), with the statistics and again after they are dropped.
 */
class StatisticsPagesIT {

    private static final ResourceIris IRIS = ResourceIris.defaults();
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofMinutes(1), 10_000);

    @Test
    void theSeedPagesAreTheSameFromTheStatisticsAsLive(@TempDir Path dir) throws IOException {
        HomeView home = samePages(BuiltStores.build(dir.resolve("db"), SharedData.require("seeds")));
        assertThat(home.used().get(EntityType.METHOD)).as("methods used").isGreaterThan(100);
        assertThat(home.top().get(EntityType.DATASET)).as("top datasets").hasSize(10);
        assertThat(home.recent()).as("newest papers").hasSize(10);
    }

    @Test
    void onASmallStoreWhereManyEntitiesTieThePagesAreStillTheLiveOnes(@TempDir Path dir) throws IOException {
        HomeView home = samePages(BuiltStores.examplesWithTheirFacts(dir));
        assertThat(home.top().get(EntityType.METHOD)).hasSize(10);
    }

    /**
     * The home view and the pages of its top entities from the statistics, checked equal to those
     * aggregated live once the statistics are dropped; returns the home view.
     */
    private static HomeView samePages(Path db) {
        try (KgStore store = KgStore.open(db, IRIS)) {
            Sparql sparql = new Sparql(store.dataset().asDatasetGraph(), LIMITS);
            HomeView fromStatistics = new HomeViews(sparql, IRIS).load();
            List<EntityView> entitiesFromStatistics = entityPages(sparql, fromStatistics);
            assertThat(entitiesFromStatistics).allSatisfy(e -> assertThat(e.periods()).isNotEmpty());

            store.replaceGraph(IRIS.statisticsGraph(), ModelFactory.createDefaultModel());
            HomeView live = new HomeViews(sparql, IRIS).load();
            assertThat(fromStatistics.used()).isEqualTo(live.used());
            assertThat(fromStatistics.top()).isEqualTo(live.top());
            assertThat(fromStatistics).isEqualTo(live);
            assertThat(entitiesFromStatistics).isEqualTo(entityPages(sparql, live));
            return fromStatistics;
        }
    }

    /** The pages of the most used entity of each kind. */
    private static List<EntityView> entityPages(Sparql sparql, HomeView home) {
        List<EntityView> pages = new ArrayList<>();
        for (List<Link> top : home.top().values()) {
            if (!top.isEmpty()) {
                pages.add(new EntityViews(sparql).load(top.get(0).iri(), 1));
            }
        }
        return pages;
    }
}
