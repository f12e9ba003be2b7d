package org.paperkg.export.write;

import java.io.IOException;
import java.io.OutputStream;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.WriteOptions;

/**
 * Writes a view in one file format. Writers write UTF-8 and leave the stream open, so the caller
 * decides about files, gzip and standard output.
 */
public interface GraphWriter {

    void write(ViewGraph graph, OutputStream out, WriteOptions options) throws IOException;

    /** The writer for a graph format; the two-file {@link ExportFormat#CSV} is written as its two halves. */
    static GraphWriter of(ExportFormat format) {
        return switch (format) {
            case GRAPHML -> new GraphMlWriter();
            case YED -> new YedWriter();
            case GEXF -> new GexfWriter();
            case CYJS -> new CytoscapeWriter();
            case DOT -> new DotWriter();
            case CSV_NODES -> CsvWriter.nodes();
            case CSV_EDGES -> CsvWriter.edges();
            case CSV, NQUADS, NTRIPLES, TURTLE, JSONLD -> throw new IllegalArgumentException(
                    format + " is not a single-file graph format");
        };
    }
}
