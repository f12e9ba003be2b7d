package org.paperkg.export.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.export.ExportFixture;
import org.paperkg.export.model.ExportUsageException;
import org.paperkg.export.Exporter;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewGraph.Ranking;
import org.paperkg.export.model.ViewKind;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.rdf.PK;
import org.paperkg.store.KgStore;
import org.paperkg.store.PaperWrite;

/** The entity neighbourhood view on the fixture graph. */
class NeighbourhoodViewTest {

    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void open() {
        store = ExportFixture.store(dir.resolve("db"));
        // A task that shares its label with the method BERT, to make the name ambiguous.
        Model m = ModelFactory.createDefaultModel();
        m.createResource(ExportFixture.entity("task/bert")).addProperty(RDF.type, PK.Task).addProperty(RDFS.label, "BERT");
        store.write(List.of(new PaperWrite.Replace(ExportFixture.IRIS.base() + "graph/extra", m)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static ViewGraph view(Map<String, String> params, Double min, int top) {
        return Exporter.view(store, new ViewRequest(ViewKind.ENTITY, params, min, top, Ranking.WEIGHT, null));
    }

    private static Set<String> edges(ViewGraph g) {
        return g.edges().stream().map((ViewEdge e) -> g.source(e).id() + " " + e.relation() + " " + g.target(e).id())
                .collect(Collectors.toSet());
    }

    @Test
    void depthOneIsThePapersThatUseItAndTheMethodsItIsComparedWith() {
        ViewGraph g = view(Map.of("entity", "transformer", "depth", "1"), null, 0);
        assertThat(g.nodes()).extracting(n -> n.id()).containsExactlyInAnyOrder("method:transformer", "paper:p2",
                "paper:p3", "paper:p4", "method:bert");
        assertThat(edges(g)).containsExactlyInAnyOrder("paper:p2 proposes method:transformer",
                "paper:p3 usesMethod method:transformer", "paper:p4 usesMethod method:transformer",
                "method:bert outperforms method:transformer");
        assertThat(g.description()).contains("Transformer");
    }

    @Test
    void depthTwoAddsWhatThosePapersUseAndDepthThreeReachesFamilies() {
        ViewGraph two = view(Map.of("entity", "method:transformer"), null, 0);
        assertThat(two.nodeCount()).isEqualTo(15);
        assertThat(two.edgeCount()).isEqualTo(15);
        assertThat(view(Map.of("entity", "method/transformer"), null, 0).nodeCount()).as("a path names it too")
                .isEqualTo(15);
        assertThat(edges(two)).contains("paper:p3 proposes method:bert", "paper:p4 usesMethod method:resnet-50")
                .noneMatch(e -> e.contains("broader"));
        ViewGraph three = view(Map.of("entity", ExportFixture.entity("method/transformer"), "depth", "3"), null, 0);
        assertThat(edges(three)).contains("method:resnet-50 broader method:resnet", "paper:p1 proposes method:resnet");
    }

    @Test
    void minConfidenceAndTopNApplyAndTheCentreAlwaysStays() {
        ViewGraph g = view(Map.of("entity", "Transformer", "depth", "1"), 0.5, 0);
        assertThat(g.contains("paper:p4")).isFalse();
        assertThat(g.contains("method:bert")).isTrue();
        ViewGraph top = view(Map.of("entity", "BLEU", "depth", "2"), null, 1);
        assertThat(top.nodes()).extracting(n -> n.id()).containsExactly("metric:bleu");
    }

    @Test
    void anAmbiguousNameTakesTheEntityMorePapersUseAsTheCatalogueDoes() {
        ViewGraph g = view(Map.of("entity", "bert", "depth", "1"), null, 0);
        assertThat(g.contains("method:bert")).isTrue();
        assertThat(g.contains("task:bert")).isFalse();
        assertThat(view(Map.of("entity", "task:bert", "depth", "1"), null, 0).contains("task:bert")).isTrue();
    }

    @Test
    void unknownNamesAreUsageErrorsThatSayWhatWouldWork() {
        assertThatThrownBy(() -> view(Map.of("entity", "no such thing"), null, 0))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("no method, dataset, metric or task named");
        assertThatThrownBy(() -> view(Map.of("entity", "method:nope"), null, 0))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("method/nope");
        assertThatThrownBy(() -> view(Map.of(), null, 0))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("--param entity=NAME");
        assertThatThrownBy(() -> view(Map.of("entity", "transformer", "depth", "9"), null, 0))
                .isInstanceOf(ExportUsageException.class).hasMessageContaining("between 1 and 4");
    }
}
