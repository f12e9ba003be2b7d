package org.paperkg.serve.fuseki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.serve.fuseki.PackagedTextDataset.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;
import org.paperkg.serve.ServeOptions;
import org.paperkg.store.KgStore;

/** The text index follows the store: rebuilt when a build changed it, left alone otherwise. */
class TextIndexSyncTest {

    private final ResourceIris iris = ResourceIris.defaults();

    private Model paper(String id, String title, String hash) {
        Model m = ModelFactory.createDefaultModel();
        Resource p = m.createResource(iris.paper(id)).addProperty(RDF.type, PK.Paper).addProperty(DCTerms.title, title)
                .addProperty(DCTerms.abstract_, "An abstract about " + title + ".").addProperty(PK.contentHash, hash);
        return p.getModel();
    }

    @Test
    void theIndexIsRebuiltWhenTheStoreChangedAndOnlyThen(@TempDir Path tmp) {
        Path db = tmp.resolve("db");
        try (KgStore store = KgStore.open(db, iris)) {
            store.replaceGraph(iris.paperGraph("a"), paper("a", "Residual networks", "h1"));
        }
        Dataset ds = PackagedTextDataset.over(db);

        assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).isEqualTo(TextIndexSync.Outcome.REBUILT);
        assertThat(search(ds, "title:residual")).containsExactly(iris.paper("a"));
        assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).isEqualTo(TextIndexSync.Outcome.CURRENT);

        try (KgStore store = KgStore.open(db, iris)) {
            store.replaceGraph(iris.paperGraph("b"), paper("b", "Residual attention", "h2"));
        }
        assertThat(search(ds, "title:attention")).as("a build outside the text dataset is not indexed by itself").isEmpty();
        assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).isEqualTo(TextIndexSync.Outcome.REBUILT);
        assertThat(search(ds, "title:attention")).containsExactly(iris.paper("b"));
        assertThat(search(ds, "title:residual")).as("each triple indexed once").containsExactly(iris.paper("a"), iris.paper("b"));
        ds.close();
    }

    /**
     * The stamp records the store's state beside the content digest: while the store is not
     * written, the server starts without reading it (a spoiled content digest goes unnoticed),
     * and a write that leaves the indexed content as it was renews the state without a rebuild.
     */
    @Test
    void anUnwrittenStoreIsNotReadAtStart(@TempDir Path tmp) throws IOException {
        Path db = tmp.resolve("db");
        try (KgStore store = KgStore.open(db, iris)) {
            store.replaceGraph(iris.paperGraph("a"), paper("a", "Residual networks", "h1"));
        }
        Dataset ds = PackagedTextDataset.over(db);
        assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).isEqualTo(TextIndexSync.Outcome.REBUILT);
        Path stampFile = ServeOptions.textIndexDir(db).resolveSibling("lucene.stamp");
        TextIndexSync.Stamp saved = TextIndexSync.Stamp.parse(Files.readString(stampFile));
        assertThat(saved.state()).isNotEmpty();
        Files.writeString(stampFile, new TextIndexSync.Stamp(saved.state(), "spoiled").format());

        assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).as("state matches: content not read")
                .isEqualTo(TextIndexSync.Outcome.CURRENT);
        assertThat(TextIndexSync.Stamp.parse(Files.readString(stampFile)).content()).isEqualTo("spoiled");

        Files.writeString(stampFile, saved.format());
        try (KgStore store = KgStore.open(db, iris)) {
            Model unindexed = ModelFactory.createDefaultModel();
            unindexed.createResource(iris.dataset()).addProperty(DCTerms.license, unindexed.createResource("https://example.org/l"));
            store.replaceGraph(iris.lexiconGraph(), unindexed);
        }
        assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).as("written, same indexed content")
                .isEqualTo(TextIndexSync.Outcome.CURRENT);
        TextIndexSync.Stamp renewed = TextIndexSync.Stamp.parse(Files.readString(stampFile));
        assertThat(renewed.state()).isNotEqualTo(saved.state());
        assertThat(renewed.content()).isEqualTo(saved.content());

        Files.writeString(stampFile, new TextIndexSync.Stamp(renewed.state(), "spoiled").format());
        try (KgStore store = KgStore.open(db, iris)) {
            store.replaceGraph(iris.paperGraph("b"), paper("b", "Residual attention", "h2"));
        }
        assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).isEqualTo(TextIndexSync.Outcome.REBUILT);
        assertThat(search(ds, "title:attention")).containsExactly(iris.paper("b"));
        ds.close();
    }
}
