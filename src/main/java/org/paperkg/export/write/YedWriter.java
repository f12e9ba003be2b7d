package org.paperkg.export.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.paperkg.export.model.NodeType;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewNode;
import org.paperkg.export.model.WriteOptions;

/**
 * GraphML in yEd's flavour, written with StAX because no Java library writes yEd's graphics
 * extension. Plain GraphML keeps labels in data keys, which yEd does not draw; here every node also
 * has a {@code y:ShapeNode} (its label as a {@code y:NodeLabel}, its type's fill colour, a size that
 * fits the label and a starting position from a force-directed layout) and every edge a
 * {@code y:PolyLineEdge} as wide as its weight. The same typed keys as the plain GraphML file carry
 * label, type, IRI, degree and weight, so yEd's property panel and other GraphML readers see them.
 */
final class YedWriter implements GraphWriter {

    static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";
    static final String Y = "http://www.yworks.com/xml/graphml";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private record Key(String id, String forWhat, String name, String type) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("d_label", "node", "label", "string"),
            new Key("d_type", "node", "type", "string"),
            new Key("d_iri", "node", "iri", "string"),
            new Key("d_degree", "node", "degree", "int"),
            new Key("d_weight", "node", "weight", "double"),
            new Key("d_date", "node", "date", "string"),
            new Key("d_relation", "edge", "relation", "string"),
            new Key("d_eweight", "edge", "weight", "double"),
            new Key("d_edate", "edge", "date", "string"));

    @Override
    public void write(ViewGraph g, OutputStream out, WriteOptions options) throws IOException {
        try {
            writeXml(g, out);
        } catch (XMLStreamException e) {
            throw new IOException("writing yEd GraphML for view " + g.name() + ": " + e.getMessage(), e);
        }
    }

    private void writeXml(ViewGraph g, OutputStream out) throws XMLStreamException {
        ForceLayout layout = ForceLayout.of(g);
        Scale font = new Scale(g.maxDegree(), 11, 22);
        double maxWeight = g.edges().stream().mapToDouble(ViewEdge::weight).max().orElse(1);
        Scale pen = new Scale(maxWeight, 1, 6);

        XmlOut x = new XmlOut(out);
        x.root(GRAPHML, "graphml", "y", Y, "xsi", XSI).attr(XSI, "schemaLocation",
                GRAPHML + " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");
        for (Key k : KEYS) {
            x.empty(GRAPHML, "key").attr("id", k.id()).attr("for", k.forWhat()).attr("attr.name", k.name())
                    .attr("attr.type", k.type());
        }
        x.empty(GRAPHML, "key").attr("id", "d_nodegraphics").attr("for", "node").attr("yfiles.type", "nodegraphics");
        x.empty(GRAPHML, "key").attr("id", "d_edgegraphics").attr("for", "edge").attr("yfiles.type", "edgegraphics");
        x.open(GRAPHML, "graph").attr("id", g.name()).attr("edgedefault", g.isDirected() ? "directed" : "undirected");
        for (ViewNode n : g.nodes()) {
            x.open(GRAPHML, "node").attr("id", XmlIds.nmtoken(n.id()));
            data(x, "d_label", n.label());
            data(x, "d_type", n.type().label());
            data(x, "d_iri", n.iri());
            data(x, "d_degree", Integer.toString(g.degree(n)));
            data(x, "d_weight", Text.number(n.weight()));
            if (n.date().isKnown()) {
                data(x, "d_date", n.date().text());
            }
            shapeNode(x, n, layout, Math.round(font.of(g.degree(n))));
            x.close();
        }
        int i = 0;
        for (ViewEdge e : g.edges()) {
            x.open(GRAPHML, "edge").attr("id", "e" + i++).attr("source", XmlIds.nmtoken(g.source(e).id()))
                    .attr("target", XmlIds.nmtoken(g.target(e).id()));
            data(x, "d_relation", e.relation());
            data(x, "d_eweight", Text.number(e.weight()));
            if (e.date().isKnown()) {
                data(x, "d_edate", e.date().text());
            }
            x.open(GRAPHML, "data").attr("key", "d_edgegraphics");
            x.open(Y, "PolyLineEdge");
            x.empty(Y, "LineStyle").attr("color", "#888888").attr("type", "line")
                    .attr("width", Text.number(Math.round(pen.of(e.weight()) * 10) / 10.0));
            x.empty(Y, "Arrows").attr("source", "none").attr("target", g.isDirected() ? "standard" : "none");
            x.close().close().close();
        }
        x.finish();
    }

    private static void shapeNode(XmlOut x, ViewNode n, ForceLayout layout, long fontSize) throws XMLStreamException {
        boolean paper = n.type() == NodeType.PAPER;
        List<String> lines = Text.wrap(n.label(), paper ? 30 : 20, 3);
        int longest = lines.stream().mapToInt(String::length).max().orElse(1);
        double width = Math.max(40, longest * fontSize * 0.62 + 16);
        double height = Math.max(30, lines.size() * fontSize * 1.3 + 12);
        x.open(GRAPHML, "data").attr("key", "d_nodegraphics");
        x.open(Y, "ShapeNode");
        x.empty(Y, "Geometry").attr("x", Text.number(layout.x(n) - width / 2)).attr("y", Text.number(layout.y(n) - height / 2))
                .attr("width", Text.number(Math.round(width))).attr("height", Text.number(Math.round(height)));
        x.empty(Y, "Fill").attr("color", n.type().colour()).attr("transparent", "false");
        x.empty(Y, "BorderStyle").attr("color", "#333333").attr("type", "line").attr("width", "1.0");
        x.open(Y, "NodeLabel").attr("alignment", "center").attr("autoSizePolicy", "content")
                .attr("fontFamily", "Dialog").attr("fontSize", Long.toString(fontSize)).attr("fontStyle", "plain")
                .attr("modelName", "internal").attr("modelPosition", "c")
                .attr("textColor", Text.textColourOn(n.type().colour())).attr("visible", "true")
                .text(String.join("\n", lines));
        x.close();
        x.empty(Y, "Shape").attr("type", paper ? "roundrectangle" : "ellipse");
        x.close().close();
    }

    private static void data(XmlOut x, String key, String value) throws XMLStreamException {
        x.open(GRAPHML, "data").attr("key", key).text(value);
        x.close();
    }
}
