package org.paperkg.export.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewNode;
import org.paperkg.export.model.WriteOptions;

/**
 * The node and edge tables of Gephi's spreadsheet import (Data Laboratory, "Import Spreadsheet"),
 * written with Apache Commons CSV (RFC 4180 quoting). Gephi recognises the columns {@code Id} and
 * {@code Label} in the nodes table, and {@code Source}, {@code Target}, {@code Type}
 * ({@code Directed}/{@code Undirected}), {@code Weight} and {@code Label} in the edges table; the
 * other columns become attributes.
 */
final class CsvWriter implements GraphWriter {

    static final String[] NODE_HEADER = {"Id", "Label", "Type", "IRI", "Degree", "Weight", "Date", "Color"};
    static final String[] EDGE_HEADER = {"Source", "Target", "Type", "Weight", "Label", "Date"};

    private final boolean nodes;

    private CsvWriter(boolean nodes) {
        this.nodes = nodes;
    }

    static CsvWriter nodes() {
        return new CsvWriter(true);
    }

    static CsvWriter edges() {
        return new CsvWriter(false);
    }

    @Override
    public void write(ViewGraph g, OutputStream out, WriteOptions options) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(nodes ? NODE_HEADER : EDGE_HEADER).get();
        CSVPrinter csv = new CSVPrinter(w, format);
        if (nodes) {
            for (ViewNode n : g.nodes()) {
                csv.printRecord(n.id(), n.label(), n.type().label(), n.iri(), g.degree(n), Text.number(n.weight()),
                        n.date().text(), n.type().colour());
            }
        } else {
            String type = g.isDirected() ? "Directed" : "Undirected";
            for (ViewEdge e : g.edges()) {
                csv.printRecord(g.source(e).id(), g.target(e).id(), type, Text.number(e.weight()), e.relation(),
                        e.date().text());
            }
        }
        csv.flush();
    }
}
