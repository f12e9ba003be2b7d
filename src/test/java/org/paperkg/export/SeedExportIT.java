package org.paperkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.PaperKg;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.export.model.ViewGraph.Ranking;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewKind;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.export.model.WriteOptions;
import org.paperkg.export.write.DotLayout;
import org.paperkg.export.write.GraphWriter;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;
import org.paperkg.testing.SharedData;

/**
 * The acceptance checks of export on the real seed listings: the co-occurrence picture of the top
 * 60 entities renders with Graphviz, every XML format of the seed views validates, and the RDF
 * dumps parse back to the store.
 */
class SeedExportIT {

    @TempDir
    static Path tmp;
    static KgStore store;

    @BeforeAll
    static void build() {
        Path seeds = SharedData.require("seeds");
        Path db = tmp.resolve("db");
        int code = PaperKg.commandLine().execute("build", "--db", db.toString(), seeds.toString());
        assertThat(code).isIn(0, 3);
        store = KgStore.open(db, ResourceIris.defaults());
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    private static ViewGraph view(ViewKind kind, int top, Map<String, String> params) {
        return Exporter.view(store, new ViewRequest(kind, params, null, top, Ranking.WEIGHT, null));
    }

    private static byte[] write(ViewGraph g, ExportFormat f) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphWriter.of(f).write(g, out, WriteOptions.defaults());
        return out.toByteArray();
    }

    @Test
    void theTop60CooccurrencePictureRendersLegibly() throws Exception {
        Graphviz.require();
        // As the README's command draws it: the top 60 entities, pairs shared by at least two papers.
        ViewGraph g = view(ViewKind.COOCCURRENCE, 60, Map.of("min-weight", "2"));
        assertThat(g.nodeCount()).as("the seeds name at least 60 entities").isEqualTo(60);
        assertThat(g.edgeCount()).isPositive();
        assertThat(g.nodes()).noneMatch(n -> n.label().startsWith("http"));
        Path dot = tmp.resolve("cooc.dot");
        try (OutputStream out = Files.newOutputStream(dot)) {
            Exporter.write(g, ExportFormat.DOT, out, WriteOptions.defaults());
        }
        Graphviz.Png png = Graphviz.render(dot, tmp.resolve("cooc.png"));
        assertThat(png.messages()).isEmpty();
        assertThat(png.width()).isGreaterThan(1000);
        assertThat(png.height()).isGreaterThan(700);
        assertThat(png.bytes()).isGreaterThan(100_000);
    }

    @Test
    void theWholeSeedGraphRendersWellUnderAMinuteAndTheAdviceNamesTheTopThatReads() throws Exception {
        Graphviz.require();
        ViewGraph all = view(ViewKind.COOCCURRENCE, 0, Map.of());
        assertThat(all.nodeCount()).as("the whole seed graph is large").isGreaterThan(1_000);
        assertThat(DotLayout.of(all).tier()).isEqualTo(DotLayout.Tier.LARGE);
        Path dot = tmp.resolve("cooc-all.dot");
        try (OutputStream out = Files.newOutputStream(dot)) {
            Exporter.write(all, ExportFormat.DOT, out, WriteOptions.defaults());
        }

        String advice = DotLayout.advice(all, Ranking.WEIGHT).orElseThrow();
        Matcher m = Pattern.compile("--top (\\d+) keeps").matcher(advice);
        assertThat(m.find()).as(advice).isTrue();
        int top = Integer.parseInt(m.group(1));
        assertThat(DotLayout.of(view(ViewKind.COOCCURRENCE, top, Map.of())).readable()).as("--top " + top).isTrue();
        assertThat(DotLayout.of(view(ViewKind.COOCCURRENCE, top + 1, Map.of())).readable()).as("--top " + (top + 1)).isFalse();

        long start = System.nanoTime();
        Graphviz.Png png = Graphviz.render(dot, tmp.resolve("cooc-all.png"), 60);
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        assertThat(png.width()).isGreaterThan(1000);
        assertThat(seconds).as("dot -Tpng of %,d nodes and %,d edges", all.nodeCount(), all.edgeCount()).isLessThan(60);
    }

    @Test
    void everyXmlFormatOfTheSeedViewsValidates() throws Exception {
        List<ViewGraph> views = List.of(view(ViewKind.COOCCURRENCE, 200, Map.of()), view(ViewKind.PAPERS, 300, Map.of()),
                view(ViewKind.METHOD_DATASET, 0, Map.of()));
        for (ViewGraph g : views) {
            assertThat(XmlSchemas.problems(XmlSchemas.graphMl(), write(g, ExportFormat.GRAPHML))).as(g.name()).isEmpty();
            assertThat(XmlSchemas.problems(XmlSchemas.yedGraphMl(), write(g, ExportFormat.YED))).as(g.name()).isEmpty();
            assertThat(XmlSchemas.problems(XmlSchemas.gexf13(), write(g, ExportFormat.GEXF))).as(g.name()).isEmpty();
        }
    }

    @Test
    void dumpsParseBackToTheStore() {
        for (ExportFormat f : List.of(ExportFormat.NQUADS, ExportFormat.JSONLD)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long n = Exporter.dump(store, f, out);
            DatasetGraph parsed = DatasetGraphFactory.createGeneral();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(f == ExportFormat.NQUADS ? Lang.NQUADS : Lang.JSONLD)
                    .parse(parsed);
            Txn.executeRead(store.dataset(), () -> {
                DatasetGraph copy = DatasetGraphFactory.createGeneral();
                store.dataset().asDatasetGraph().find().forEachRemaining(copy::add);
                assertThat(copy.stream().count()).isEqualTo(n);
                assertThat(IsoMatcher.isomorphic(copy, parsed)).as(f.cliName()).isTrue();
            });
        }
    }
}
