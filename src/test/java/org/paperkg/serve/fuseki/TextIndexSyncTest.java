package org.paperkg.serve.fuseki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
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

    private static List<String> search(Dataset ds, String word) {
        return Txn.calculateRead(ds, () -> {
            List<String> found = new ArrayList<>();
            String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query ('title:" + word + "') } ORDER BY ?s";
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> found.add(r.getResource("s").getURI()));
            }
            return found;
        });
    }

    @Test
    void theIndexIsRebuiltWhenTheStoreChangedAndOnlyThen(@TempDir Path tmp) {
        Path db = tmp.resolve("db");
        try (KgStore store = KgStore.open(db, iris)) {
            store.replaceGraph(iris.paperGraph("a"), paper("a", "Residual networks", "h1"));
        }
        TextQuery.init();
        Model config = AssemblerConfig.packaged(db, ServeOptions.textIndexDir(db)).model();
        Resource textDataset = config.listSubjectsWithProperty(RDF.type, config.createResource(AssemblerConfig.TEXT + "TextDataset"))
                .next();
        Dataset ds = DatasetFactory.assemble(textDataset);

        assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).isEqualTo(TextIndexSync.Outcome.REBUILT);
        assertThat(search(ds, "residual")).containsExactly(iris.paper("a"));
        assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).isEqualTo(TextIndexSync.Outcome.CURRENT);

        try (KgStore store = KgStore.open(db, iris)) {
            store.replaceGraph(iris.paperGraph("b"), paper("b", "Residual attention", "h2"));
        }
        assertThat(search(ds, "attention")).as("a build outside the text dataset is not indexed by itself").isEmpty();
        assertThat(TextIndexSync.ensureCurrent(ds.asDatasetGraph(), iris)).isEqualTo(TextIndexSync.Outcome.REBUILT);
        assertThat(search(ds, "attention")).containsExactly(iris.paper("b"));
        assertThat(search(ds, "residual")).as("each triple indexed once").containsExactly(iris.paper("a"), iris.paper("b"));
        ds.close();
    }
}
