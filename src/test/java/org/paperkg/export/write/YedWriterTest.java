package org.paperkg.export.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.export.model.NodeType;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.WriteOptions;
import org.paperkg.export.XmlSchemas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** GraphML for yEd: valid GraphML with yEd's extensions, and labels yEd draws. */
class YedWriterTest {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    static final String Y = "http://www.yworks.com/xml/graphml";

    static byte[] write(ViewGraph g) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphWriter.of(ExportFormat.YED).write(g, out, WriteOptions.defaults());
        return out.toByteArray();
    }

    @Test
    void validatesAgainstGraphMlWithYedsExtensionPoints() throws Exception {
        for (ViewGraph g : List.of(SampleViews.cooccurrence(), SampleViews.papers(), SampleViews.empty())) {
            assertThat(XmlSchemas.problems(XmlSchemas.yedGraphMl(), write(g))).as(g.name()).isEmpty();
        }
        assertThat(XmlSchemas.problems(XmlSchemas.graphMl(), write(SampleViews.papers())))
                .as("plain GraphML has no room for yEd's graphics; the extension is what makes it valid").isNotEmpty();
    }

    @Test
    void everyNodeHasAShapeWithItsLabelItsTypesColourAndAPosition() throws Exception {
        Document d = XmlDocs.parse(write(SampleViews.papers()));
        assertThat(XmlDocs.elements(d, NS, "key")).anyMatch(k -> "nodegraphics".equals(k.getAttribute("yfiles.type")))
                .anyMatch(k -> "edgegraphics".equals(k.getAttribute("yfiles.type")));
        Map<String, Element> nodes = new HashMap<>();
        for (Element n : XmlDocs.elements(d, NS, "node")) {
            nodes.put(n.getAttribute("id"), n);
        }
        assertThat(nodes).hasSize(3);
        Element paper = nodes.get("paper:p1");
        String shown = XmlDocs.children(paper, Y, "NodeLabel").get(0).getTextContent();
        assertThat(shown).contains("\n").startsWith("A Very Long Paper Title");
        assertThat(shown.lines()).hasSizeLessThanOrEqualTo(3).allMatch(l -> l.length() <= 32);
        assertThat(XmlDocs.children(paper, Y, "Fill").get(0).getAttribute("color")).isEqualTo(NodeType.PAPER.colour());
        Element method = nodes.get("method:transformer");
        assertThat(XmlDocs.children(method, Y, "NodeLabel").get(0).getTextContent()).isEqualTo("Transformer");
        assertThat(XmlDocs.children(method, Y, "NodeLabel").get(0).getAttribute("textColor")).isEqualTo("#FFFFFF");
        assertThat(XmlDocs.children(method, Y, "Fill").get(0).getAttribute("color")).isEqualTo("#0072B2");
        Element g1 = XmlDocs.children(paper, Y, "Geometry").get(0);
        Element g2 = XmlDocs.children(method, Y, "Geometry").get(0);
        assertThat(g1.getAttribute("x") + g1.getAttribute("y")).as("nodes do not all sit at the origin")
                .isNotEqualTo(g2.getAttribute("x") + g2.getAttribute("y"));
        assertThat(Double.parseDouble(g1.getAttribute("width"))).isGreaterThan(Double.parseDouble(g2.getAttribute("width")));
        assertThat(XmlDocs.elements(d, Y, "Arrows").get(0).getAttribute("target")).isEqualTo("standard");
    }
}
