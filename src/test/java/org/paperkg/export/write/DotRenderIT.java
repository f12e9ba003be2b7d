package org.paperkg.export.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.export.ExportFixture;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.export.Exporter;
import org.paperkg.export.Graphviz;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewGraph.Ranking;
import org.paperkg.export.model.ViewKind;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.export.model.WriteOptions;
import org.paperkg.store.KgStore;

/** Exported DOT files render with Graphviz, without errors or warnings, to a PNG of a useful size. */
class DotRenderIT {

    @TempDir
    Path tmp;

    @Test
    void everyViewOfTheFixtureRendersToAPng() throws Exception {
        Graphviz.require();
        try (KgStore store = ExportFixture.store(tmp.resolve("db"))) {
            Map<ViewKind, Map<String, String>> views = Map.of(ViewKind.PAPERS, Map.of(), ViewKind.COOCCURRENCE, Map.of(),
                    ViewKind.METHOD_DATASET, Map.of(), ViewKind.ENTITY, Map.of("entity", "Transformer"));
            for (var v : views.entrySet()) {
                ViewGraph g = Exporter.view(store, new ViewRequest(v.getKey(), v.getValue(), null, 0, Ranking.WEIGHT, null));
                Path dot = tmp.resolve(v.getKey().cliName() + ".dot");
                try (OutputStream out = Files.newOutputStream(dot)) {
                    Exporter.write(g, ExportFormat.DOT, out, WriteOptions.defaults());
                }
                Graphviz.Png png = Graphviz.render(dot, tmp.resolve(v.getKey().cliName() + ".png"));
                assertThat(png.messages()).as(v.getKey() + " messages from dot").isEmpty();
                assertThat(png.width()).as(v.getKey().cliName()).isGreaterThan(300);
                assertThat(png.height()).isGreaterThan(200);
                assertThat(png.bytes()).isGreaterThan(5_000);
            }
        }
    }

    @Test
    void markupInLabelsAndAnEmptyViewStillRender() throws Exception {
        Graphviz.require();
        for (ViewGraph g : new ViewGraph[] {SampleViews.cooccurrence(), SampleViews.papers(), SampleViews.empty()}) {
            Path dot = tmp.resolve(g.name() + g.nodeCount() + ".dot");
            try (OutputStream out = Files.newOutputStream(dot)) {
                Exporter.write(g, ExportFormat.DOT, out, WriteOptions.defaults());
            }
            Graphviz.Png png = Graphviz.render(dot, tmp.resolve(g.name() + g.nodeCount() + ".png"));
            assertThat(png.messages()).isEmpty();
            assertThat(png.width()).isGreaterThan(100);
        }
    }
}
