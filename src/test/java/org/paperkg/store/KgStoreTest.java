package org.paperkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;

class KgStoreTest {

    @TempDir
    Path tmp;

    private static final ResourceIris IRIS = ResourceIris.defaults();

    private static Model paper(String localId, String title) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(IRIS.paper(localId)).addProperty(RDF.type, PK.Paper)
                .addProperty(DCTerms.title, title).addProperty(PK.contentHash, "h-" + localId);
        return m;
    }

    /** A graph that fails as soon as anyone reads it, like a disk failing half-way through a write. */
    private static Model failing() {
        return ModelFactory.createModelForGraph(new GraphBase() {
            @Override
            protected ExtendedIterator<Triple> graphBaseFind(Triple triplePattern) {
                throw new IllegalStateException("simulated failure while writing");
            }
        });
    }

    @Test
    void aBatchThatFailsHalfWayLeavesTheStoreAsItWas() {
        try (KgStore store = KgStore.open(tmp.resolve("db"), IRIS)) {
            store.write(List.of(new PaperWrite.Replace(IRIS.paperGraph("a"), paper("a", "A"))));
            long before = store.stats().triples();
            assertThatThrownBy(() -> store.write(List.of(
                    new PaperWrite.Replace(IRIS.paperGraph("b"), paper("b", "B")),
                    new PaperWrite.Replace(IRIS.paperGraph("c"), failing()))))
                    .hasMessageContaining("simulated failure");
            assertThat(store.stats().triples()).isEqualTo(before);
            assertThat(store.stats().papers()).isEqualTo(1);
        }
    }

    @Test
    void papersAreListedWithTheirHashes() {
        try (KgStore store = KgStore.open(tmp.resolve("db"), IRIS)) {
            store.write(List.of(new PaperWrite.Replace(IRIS.paperGraph("a"), paper("a", "Alpha")),
                    new PaperWrite.Replace(IRIS.paperGraph("b"), paper("b", "Beta"))));
            List<KgStore.StoredPaper> papers = new java.util.ArrayList<>();
            store.forEachPaper(papers::add);
            assertThat(papers).extracting(KgStore.StoredPaper::localId).containsExactlyInAnyOrder("a", "b");
            assertThat(papers).extracting(KgStore.StoredPaper::contentHash).containsExactlyInAnyOrder("h-a", "h-b");
        }
    }

    @Test
    void replacingAGraphDropsItsOldTriples() {
        try (KgStore store = KgStore.open(tmp.resolve("db"), IRIS)) {
            store.write(List.of(new PaperWrite.Replace(IRIS.paperGraph("a"), paper("a", "Old title"))));
            store.write(List.of(new PaperWrite.Replace(IRIS.paperGraph("a"), paper("a", "New title"))));
            List<KgStore.StoredPaper> papers = new java.util.ArrayList<>();
            store.forEachPaper(papers::add);
            assertThat(papers).singleElement().extracting(KgStore.StoredPaper::title).isEqualTo("New title");
        }
    }

    @Test
    void streamedWritesLandOnCommitAndUncommittedOnesAreDiscarded() {
        try (KgStore store = KgStore.open(tmp.resolve("db"), IRIS)) {
            try (KgStore.Writes writes = store.beginWrites()) {
                writes.apply(new PaperWrite.Replace(IRIS.paperGraph("a"), paper("a", "A")));
                writes.apply(new PaperWrite.Replace(IRIS.paperGraph("b"), paper("b", "B")));
                assertThat(writes.pending()).isEqualTo(2);
                writes.commit();
                assertThat(writes.pending()).isZero();
                writes.apply(new PaperWrite.Replace(IRIS.paperGraph("c"), paper("c", "C")));
                assertThatThrownBy(() -> writes.apply(new PaperWrite.Replace(IRIS.paperGraph("d"), failing())))
                        .hasMessageContaining("simulated failure");
            }
            List<KgStore.StoredPaper> papers = new java.util.ArrayList<>();
            store.forEachPaper(papers::add);
            assertThat(papers).extracting(KgStore.StoredPaper::localId).containsExactlyInAnyOrder("a", "b");
            store.write(List.of(new PaperWrite.Replace(IRIS.paperGraph("e"), paper("e", "E"))));
            assertThat(store.stats().papers()).isEqualTo(3);
        }
    }

    @Test
    void streamedWritesRefuseAnotherThreadAndAnOuterTransaction() throws Exception {
        try (KgStore store = KgStore.open(tmp.resolve("db"), IRIS)) {
            try (KgStore.Writes writes = store.beginWrites()) {
                Thread other = new Thread(() -> assertThatThrownBy(
                        () -> writes.apply(new PaperWrite.Replace(IRIS.paperGraph("x"), paper("x", "X"))))
                        .isInstanceOf(IllegalStateException.class));
                other.start();
                other.join();
            }
            org.apache.jena.system.Txn.executeRead(store.dataset(), () -> {
                try (KgStore.Writes writes = store.beginWrites()) {
                    assertThatThrownBy(() -> writes.apply(new PaperWrite.Replace(IRIS.paperGraph("y"), paper("y", "Y"))))
                            .hasMessageContaining("already in a transaction");
                }
            });
            assertThat(store.stats().papers()).isZero();
        }
    }
}
