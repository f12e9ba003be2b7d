package org.paperkg.serve.fuseki;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.paperkg.serve.ServeOptions;

/** The text dataset {@code serve} runs over a store, assembled from the packaged configuration, for tests. */
final class PackagedTextDataset {

    private PackagedTextDataset() {
    }

    /** The packaged configuration's text dataset over {@code db}, its index in {@code db.text/lucene}. */
    static Dataset over(Path db) {
        TextQuery.init();
        Model config = AssemblerConfig.packaged(db, ServeOptions.textIndexDir(db)).model();
        Resource textDataset = config.listSubjectsWithProperty(RDF.type, config.createResource(AssemblerConfig.TEXT + "TextDataset"))
                .next();
        return DatasetFactory.assemble(textDataset);
    }

    /** The subjects {@code text:query} finds for a Lucene query such as {@code title:residual}, sorted. */
    static List<String> search(Dataset ds, String luceneQuery) {
        return Txn.calculateRead(ds, () -> {
            List<String> found = new ArrayList<>();
            String q = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s WHERE { ?s text:query ('" + luceneQuery
                    + "') } ORDER BY ?s";
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                qe.execSelect().forEachRemaining(r -> found.add(r.getResource("s").getURI()));
            }
            return found;
        });
    }
}
