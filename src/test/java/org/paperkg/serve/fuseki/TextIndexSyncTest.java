package org.paperkg.serve.fuseki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperkg.serve.fuseki.PackagedTextDataset.search;

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
}
