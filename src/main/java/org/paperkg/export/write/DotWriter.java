package org.paperkg.export.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.paperkg.export.model.NodeType;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewNode;
import org.paperkg.export.model.WriteOptions;

/**
 * Graphviz DOT through JGraphT's {@link DOTExporter}, styled to be read as a picture:
 * a force-directed layout without overlaps whose engine and edge routing follow the view's size
 * ({@link DotLayout}), nodes filled with their type's colour and sized by degree, labels wrapped,
 * edges as wide and as dark as their weight (so that in a dense view the strong links stand out
 * from the faint many), and a legend of the types present. Render with
 * {@code dot -Tpng view.dot -o view.png}; the {@code layout} attribute picks the engine.
 */
final class DotWriter implements GraphWriter {

    @Override
    public void write(ViewGraph g, OutputStream out, WriteOptions options) throws IOException {
        Scale font = new Scale(g.maxDegree(), 14, 26);
        double maxWeight = g.edges().stream().mapToDouble(ViewEdge::weight).max().orElse(1);
        Scale pen = new Scale(maxWeight, 0.5, 6);
        Scale alpha = new Scale(maxWeight, 0x28, 0xC0);

        DOTExporter<ViewNode, ViewEdge> dot = new DOTExporter<>(n -> quote(n.id()));
        dot.setGraphIdProvider(() -> quote(g.name()));
        dot.setGraphAttributeProvider(() -> graphAttributes(g));
        dot.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            boolean paper = n.type() == NodeType.PAPER;
            a.put("label", htmlBody(String.join("<BR/>", Text.wrap(n.label(), paper ? 28 : 18, 3).stream()
                    .map(DotWriter::escapeHtml).toList())));
            a.put("shape", DefaultAttribute.createAttribute(paper ? "box" : "ellipse"));
            a.put("style", DefaultAttribute.createAttribute(paper ? "filled,rounded" : "filled"));
            a.put("fillcolor", DefaultAttribute.createAttribute(n.type().colour()));
            a.put("color", DefaultAttribute.createAttribute("#333333"));
            a.put("fontcolor", DefaultAttribute.createAttribute(Text.textColourOn(n.type().colour())));
            a.put("fontname", DefaultAttribute.createAttribute("Helvetica"));
            a.put("fontsize", DefaultAttribute.createAttribute(Text.number(Math.round(font.of(g.degree(n)) * 10) / 10.0)));
            a.put("margin", DefaultAttribute.createAttribute("0.05,0.03"));
            a.put("tooltip", DefaultAttribute.createAttribute(Text.xml(n.type().label() + ": " + n.label()
                    + (n.iri().isEmpty() ? "" : " <" + n.iri() + ">"))));
            return a;
        });
        dot.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("penwidth", DefaultAttribute.createAttribute(Text.number(Math.round(pen.of(e.weight()) * 100) / 100.0)));
            a.put("color", DefaultAttribute.createAttribute(String.format("#333333%02X", Math.round(alpha.of(e.weight())))));
            a.put("arrowsize", DefaultAttribute.createAttribute("0.5"));
            a.put("tooltip", DefaultAttribute.createAttribute(e.relation() + " (" + Text.number(e.weight()) + ")"));
            return a;
        });
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        dot.exportGraph(g.graph(), w);
        w.flush();
    }

    /** Graph attributes; JGraphT writes their values as they are, so they are quoted here. */
    private static Map<String, Attribute> graphAttributes(ViewGraph g) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        DotLayout layout = DotLayout.of(g);
        a.put("layout", raw(layout.engine()));
        a.put("overlap", raw(layout.overlap()));
        a.put("sep", raw("+6"));
        a.put("splines", raw(Boolean.toString(layout.splines())));
        if (layout.size() != null) {
            a.put("size", raw(layout.size()));
        }
        a.put("outputorder", raw("edgesfirst"));
        a.put("bgcolor", raw("white"));
        a.put("pad", raw("0.3"));
        a.put("fontname", raw("Helvetica"));
        a.put("labelloc", raw("t"));
        a.put("label", html(legend(g)));
        return a;
    }

    private static Attribute raw(String value) {
        return DefaultAttribute.createAttribute(quote(value));
    }

    /** A title line, what the view shows, and one coloured swatch per node type present in the view. */
    static String legend(ViewGraph g) {
        Set<NodeType> present = EnumSet.noneOf(NodeType.class);
        for (ViewNode n : g.nodes()) {
            present.add(n.type());
        }
        StringBuilder sb = new StringBuilder("<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">");
        sb.append("<TR><TD><FONT POINT-SIZE=\"28\"><B>paperkg: ").append(escapeHtml(g.name())).append("</B></FONT></TD></TR>");
        sb.append("<TR><TD><FONT POINT-SIZE=\"16\">").append(escapeHtml(g.description())).append(" (")
                .append(g.nodeCount()).append(" nodes, ").append(g.edgeCount())
                .append(" edges; label size = degree)</FONT></TD></TR>");
        if (!present.isEmpty()) {
            sb.append("<TR><TD><TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\"><TR>");
            for (NodeType t : present) {
                sb.append("<TD BGCOLOR=\"").append(t.colour())
                        .append("\" BORDER=\"1\" FIXEDSIZE=\"TRUE\" WIDTH=\"28\" HEIGHT=\"18\"></TD>")
                        .append("<TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\">").append(t.label()).append("</FONT></TD>");
            }
            sb.append("</TR></TABLE></TD></TR>");
        }
        return sb.append("</TABLE>").toString();
    }

    /** A graph attribute's HTML-like value; JGraphT writes graph attributes as they are, so it gets its brackets here. */
    private static Attribute html(String body) {
        return new DefaultAttribute<>("<" + body + ">", AttributeType.HTML);
    }

    /** A node attribute's HTML-like value; JGraphT puts the brackets around node and edge attributes itself. */
    private static Attribute htmlBody(String body) {
        return new DefaultAttribute<>(body, AttributeType.HTML);
    }

    static String escapeHtml(String s) {
        return Text.xml(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A DOT double-quoted id. */
    private static String quote(String id) {
        return "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
