package org.paperkg.export.write;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import org.paperkg.domain.Version;
import org.paperkg.export.model.NodeDate;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewNode;
import org.paperkg.export.model.WriteOptions;

/**
 * GEXF 1.3 for Gephi, written with StAX because no Java library writes 1.3 with its time and
 * visualisation parts (JGraphT writes GEXF 1.2draft without them).
 *
 * <p>Each node has its type, IRI, degree, weight and date as attributes, a {@code viz:color} by
 * type and a {@code viz:size} by degree, and a starting {@code viz:position}. Edges have their
 * weight and relation. When any node is dated, the graph is dynamic with {@code timeformat="date"}
 * and every dated node and edge has a {@code start}: a paper from its publication date, an entity
 * or co-occurrence from its first paper's. Gephi's timeline then shows the graph growing. A listing
 * day without a year ("Mar 12") is placed in {@link WriteOptions#listingYear()}, and the file's
 * description says so.
 */
final class GexfWriter implements GraphWriter {

    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    @Override
    public void write(ViewGraph g, OutputStream out, WriteOptions options) throws IOException {
        try {
            writeXml(g, out, options);
        } catch (XMLStreamException e) {
            throw new IOException("writing GEXF for view " + g.name() + ": " + e.getMessage(), e);
        }
    }

    private void writeXml(ViewGraph g, OutputStream out, WriteOptions options) throws XMLStreamException {
        boolean dynamic = g.nodes().stream().anyMatch(n -> n.date().isKnown());
        boolean listingDays = g.nodes().stream().anyMatch(n -> n.date().issued() == null && n.date().listing() != null);
        ForceLayout layout = ForceLayout.of(g);
        Scale size = new Scale(g.maxDegree(), 4, 40);

        XmlOut x = new XmlOut(out);
        x.root(NS, "gexf", "viz", VIZ, "xsi", XSI)
                .attr(XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd")
                .attr("version", "1.3");
        x.open(NS, "meta").attr("lastmodifieddate", LocalDate.now().toString());
        x.leaf(NS, "creator", "paperkg " + Version.get());
        x.leaf(NS, "description", g.description() + (listingDays
                ? "; listing days without a year are placed in " + options.listingYear() : ""));
        x.close();

        x.open(NS, "graph").attr("defaultedgetype", g.isDirected() ? "directed" : "undirected");
        if (dynamic) {
            x.attr("mode", "dynamic").attr("timeformat", "date").attr("timerepresentation", "interval");
        } else {
            x.attr("mode", "static");
        }
        x.open(NS, "attributes").attr("class", "node").attr("mode", "static");
        attribute(x, "type", "string");
        attribute(x, "iri", "string");
        attribute(x, "degree", "integer");
        attribute(x, "weight", "double");
        attribute(x, "date", "string");
        x.close();
        x.open(NS, "attributes").attr("class", "edge").attr("mode", "static");
        attribute(x, "relation", "string");
        attribute(x, "date", "string");
        x.close();

        x.open(NS, "nodes").attr("count", Integer.toString(g.nodeCount()));
        for (ViewNode n : g.nodes()) {
            x.open(NS, "node").attr("id", n.id()).attr("label", n.label());
            start(x, n.date(), options);
            x.open(NS, "attvalues");
            value(x, "type", n.type().label());
            value(x, "iri", n.iri());
            value(x, "degree", Integer.toString(g.degree(n)));
            value(x, "weight", Text.number(n.weight()));
            value(x, "date", n.date().text());
            x.close();
            x.empty(VIZ, "color").attr("r", Integer.toString(n.type().red()))
                    .attr("g", Integer.toString(n.type().green())).attr("b", Integer.toString(n.type().blue()));
            x.empty(VIZ, "size").attr("value", Text.number(Math.round(size.of(g.degree(n)) * 10) / 10.0));
            x.empty(VIZ, "position").attr("x", Text.number(layout.x(n))).attr("y", Text.number(layout.y(n)))
                    .attr("z", "0");
            x.close();
        }
        x.close();

        x.open(NS, "edges").attr("count", Integer.toString(g.edgeCount()));
        int i = 0;
        for (ViewEdge e : g.edges()) {
            x.open(NS, "edge").attr("id", "e" + i++).attr("source", g.source(e).id()).attr("target", g.target(e).id())
                    .attr("label", e.relation()).attr("weight", Text.number(e.weight()));
            start(x, e.date(), options);
            x.open(NS, "attvalues");
            value(x, "relation", e.relation());
            value(x, "date", e.date().text());
            x.close();
            x.close();
        }
        x.close();
        x.finish();
    }

    private static void start(XmlOut x, NodeDate date, WriteOptions options) throws XMLStreamException {
        LocalDate d = date.toDate(options.listingYear());
        if (d != null) {
            x.attr("start", d.toString());
        }
    }

    private static void attribute(XmlOut x, String id, String type) throws XMLStreamException {
        x.empty(NS, "attribute").attr("id", id).attr("title", id).attr("type", type);
    }

    private static void value(XmlOut x, String id, String v) throws XMLStreamException {
        x.empty(NS, "attvalue").attr("for", id).attr("value", v);
    }
}
