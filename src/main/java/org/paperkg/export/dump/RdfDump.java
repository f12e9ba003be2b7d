package org.paperkg.export.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.paperkg.export.model.ExportFormat;

/**
 * Whole-store RDF dumps, streamed: quads go from TDB2's indexes through Jena's streaming writers
 * ({@link StreamRDFWriter}) to the output without being collected, so a store of any size dumps in
 * constant memory. This is what the VoID description's {@code void:dataDump} points to.
 *
 * <ul>
 *   <li>N-Quads: every quad, with its graph, so paper graphs survive a reload;</li>
 *   <li>N-Triples and Turtle: the union of the graphs, each triple once (TDB2 reads the union
 *       from an index in which copies of a triple across graphs lie next to each other); Turtle is
 *       written in subject blocks with the paperkg prefixes;</li>
 *   <li>JSON-LD: see {@link JsonLdDump}.</li>
 * </ul>
 *
 * <pre>{@code
 * Txn.executeRead(dataset, () -> RdfDump.write(dataset.asDatasetGraph(), prefixes, ExportFormat.NQUADS, out));
 * }</pre>
 */
public final class RdfDump {

    private RdfDump() {
    }

    /**
     * Writes the dataset in an RDF format; call inside a read transaction.
     *
     * @return the number of quads (N-Quads, JSON-LD) or triples (N-Triples, Turtle) written
     */
    public static long write(DatasetGraph dsg, PrefixMapping prefixes, ExportFormat format, OutputStream out)
            throws IOException {
        return switch (format) {
            case NQUADS -> quads(dsg, out);
            case NTRIPLES -> triples(dsg, prefixes, RDFFormat.NTRIPLES_UTF8, out);
            case TURTLE -> triples(dsg, prefixes, RDFFormat.TURTLE_BLOCKS, out);
            case JSONLD -> JsonLdDump.write(dsg, out);
            default -> throw new IllegalArgumentException(format + " is not an RDF dump format");
        };
    }

    private static long quads(DatasetGraph dsg, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS_UTF8);
        long n = 0;
        stream.start();
        Iterator<Quad> it = dsg.find();
        while (it.hasNext()) {
            stream.quad(it.next());
            n++;
        }
        stream.finish();
        return n;
    }

    private static long triples(DatasetGraph dsg, PrefixMapping prefixes, RDFFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        long n = 0;
        stream.start();
        if (format != RDFFormat.NTRIPLES_UTF8) {
            for (Map.Entry<String, String> p : prefixes.getNsPrefixMap().entrySet()) {
                stream.prefix(p.getKey(), p.getValue());
            }
        }
        for (Iterator<Triple> it = dsg.getUnionGraph().find(); it.hasNext(); n++) {
            stream.triple(it.next());
        }
        for (Iterator<Triple> it = dsg.getDefaultGraph().find(); it.hasNext(); n++) {
            stream.triple(it.next());
        }
        stream.finish();
        return n;
    }
}
