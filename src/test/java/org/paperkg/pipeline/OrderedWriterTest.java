package org.paperkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;
import org.paperkg.store.PaperWrite;

class OrderedWriterTest {

    private static final ResourceIris IRIS = ResourceIris.defaults();

    @TempDir
    Path tmp;

    private static CompletableFuture<PaperWrite> paper(String id) {
        Model m = ModelFactory.createDefaultModel();
        m.createResource(IRIS.paper(id)).addProperty(RDF.type, PK.Paper).addProperty(DCTerms.title, "Paper " + id)
                .addProperty(PK.contentHash, "h-" + id);
        return CompletableFuture.completedFuture(new PaperWrite.Replace(IRIS.paperGraph(id), m));
    }

    private static List<String> stored(KgStore store) {
        List<String> ids = new ArrayList<>();
        store.forEachPaper(p -> ids.add(p.localId()));
        return ids;
    }

    @Test
    void everyPaperIsCommittedInBatchesAndAtTheEnd() {
        try (KgStore store = KgStore.open(tmp.resolve("db"), IRIS)) {
            OrderedWriter writer = new OrderedWriter(store, 2, 8);
            for (String id : List.of("a", "b", "c", "d", "e")) {
                writer.submit(paper(id));
            }
            writer.close();
            assertThat(writer.written()).isEqualTo(5);
            assertThat(stored(store)).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
        }
    }

    @Test
    void aFailedExtractionStopsTheWriterAndKeepsOnlyCommittedBatches() {
        try (KgStore store = KgStore.open(tmp.resolve("db"), IRIS)) {
            OrderedWriter writer = new OrderedWriter(store, 2, 8);
            writer.submit(paper("a"));
            writer.submit(paper("b")); // first batch: committed
            writer.submit(paper("c")); // in the open transaction when the failure comes
            writer.submit(CompletableFuture.failedFuture(new IllegalStateException("disk gone")));
            assertThatThrownBy(writer::close).hasMessageContaining("disk gone");
            assertThat(stored(store)).containsExactlyInAnyOrder("a", "b");
            // the store is usable afterwards: no transaction was left open
            store.write(List.of(paper("z").join()));
            assertThat(stored(store)).contains("z");
        }
    }
}
