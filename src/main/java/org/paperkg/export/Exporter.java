package org.paperkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.jena.system.Txn;
import org.paperkg.export.dump.RdfDump;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewKind;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.export.model.WriteOptions;
import org.paperkg.export.view.View;
import org.paperkg.export.view.ViewContext;
import org.paperkg.export.write.GraphWriter;
import org.paperkg.rdf.Namespaces;
import org.paperkg.store.KgStore;

/**
 * Exports the knowledge graph: a view of it in a graph format (GraphML, yEd, GEXF, Cytoscape.js,
 * DOT, CSV), or the whole store as RDF (N-Quads, N-Triples, Turtle, JSON-LD).
 *
 * <pre>{@code
 * try (KgStore store = KgStore.open(Path.of("db"), ResourceIris.defaults())) {
 *     ViewRequest req = new ViewRequest(ViewKind.COOCCURRENCE, Map.of(), null, 60, Ranking.WEIGHT, null);
 *     ViewGraph g = Exporter.view(store, req);
 *     Exporter.write(g, ExportFormat.DOT, out, req.writeOptions());
 *     Exporter.dump(store, ExportFormat.NQUADS, dumpOut);
 * }
 * }</pre>
 */
public final class Exporter {

    private Exporter() {
    }

    /** Computes a view in one read transaction; only the nodes and edges it returns stay in memory. */
    public static ViewGraph view(KgStore store, ViewRequest request) {
        return Txn.calculateRead(store.dataset(),
                () -> View.of(request.kind()).compute(new ViewContext(store.dataset(), store.iris(), request)));
    }

    /**
     * Writes a view in a single-file graph format. For {@link ExportFormat#CSV}, write
     * {@link ExportFormat#CSV_NODES} and {@link ExportFormat#CSV_EDGES} to two streams.
     */
    public static void write(ViewGraph graph, ExportFormat format, OutputStream out, WriteOptions options)
            throws IOException {
        if (format.isRdf() || format == ExportFormat.CSV) {
            throw new IllegalArgumentException(format + " is not a single-file graph format");
        }
        GraphWriter.of(format).write(graph, out, options);
    }

    /**
     * Streams the whole store in an RDF format inside one read transaction.
     *
     * @return the number of quads or triples written
     */
    public static long dump(KgStore store, ExportFormat format, OutputStream out) {
        if (!format.isRdf()) {
            throw new IllegalArgumentException(format + " is not an RDF format");
        }
        return Txn.calculateRead(store.dataset(), () -> {
            try {
                return RdfDump.write(store.dataset().asDatasetGraph(), Namespaces.of(store.iris()), format, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
