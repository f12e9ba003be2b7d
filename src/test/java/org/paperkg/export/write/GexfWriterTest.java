package org.paperkg.export.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.WriteOptions;
import org.paperkg.export.XmlSchemas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** GEXF 1.3 for Gephi: valid, with types, colours, sizes, weights and dates for the timeline. */
class GexfWriterTest {

    static final String NS = "http://gexf.net/1.3";
    static final String VIZ = "http://gexf.net/1.3/viz";

    static byte[] write(ViewGraph g, int listingYear) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphWriter.of(ExportFormat.GEXF).write(g, out, new WriteOptions(listingYear));
        return out.toByteArray();
    }

    @Test
    void validatesAgainstTheGexf13Schema() throws Exception {
        for (ViewGraph g : List.of(SampleViews.cooccurrence(), SampleViews.papers(), SampleViews.empty())) {
            assertThat(XmlSchemas.problems(XmlSchemas.gexf13(), write(g, 2000))).as(g.name()).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsWhatGephiCouldNotRead() throws Exception {
        String good = new String(write(SampleViews.cooccurrence(), 2000), StandardCharsets.UTF_8);
        String noTarget = good.replaceFirst(" target=\"[^\"]*\"", "");
        String oldVersion = good.replace("version=\"1.3\"", "version=\"1.2\"");
        String badColour = good.replaceFirst(" r=\"\\d+\"", " r=\"300\"");
        String edgesFirst = good.replaceFirst("(?s)(<nodes .*</nodes>)(\\s*)(<edges .*</edges>)", "$3$2$1");
        for (String bad : List.of(noTarget, oldVersion, badColour, edgesFirst)) {
            assertThat(bad).isNotEqualTo(good);
            assertThat(XmlSchemas.problems(XmlSchemas.gexf13(), bad.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        }
    }

    @Test
    void nodesHaveTypeColourSizeByDegreeAndAStartDateForTheTimeline() throws Exception {
        Document d = XmlDocs.parse(write(SampleViews.cooccurrence(), 2024));
        Element graph = XmlDocs.elements(d, NS, "graph").get(0);
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
        assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("undirected");

        Map<String, Element> nodes = new HashMap<>();
        for (Element n : XmlDocs.elements(d, NS, "node")) {
            nodes.put(n.getAttribute("id"), n);
        }
        Element imagenet = nodes.get("dataset:imagenet");
        assertThat(imagenet.getAttribute("label")).isEqualTo("ImageNet");
        assertThat(imagenet.getAttribute("start")).as("listing day placed in the listing year").isEqualTo("2024-03-12");
        assertThat(nodes.get("method:resnet").getAttribute("start")).isEqualTo("2015-12-10");
        assertThat(nodes.get("task:odd").hasAttribute("start")).isFalse();
        assertThat(attValues(imagenet)).containsEntry("type", "Dataset").containsEntry("degree", "3")
                .containsEntry("iri", "https://w3id.org/paperkg/resource/dataset/imagenet");
        Element colour = XmlDocs.children(imagenet, VIZ, "color").get(0);
        assertThat(List.of(colour.getAttribute("r"), colour.getAttribute("g"), colour.getAttribute("b")))
                .containsExactly("230", "159", "0");
        double hub = size(imagenet);
        double leaf = size(nodes.get("metric:f1"));
        assertThat(hub).isGreaterThan(leaf);
        assertThat(XmlDocs.elements(d, NS, "description").get(0).getTextContent())
                .contains("listing days without a year are placed in 2024");

        Element edge = XmlDocs.elements(d, NS, "edge").stream()
                .filter(e -> e.getAttribute("source").equals("method:resnet")).findFirst().orElseThrow();
        assertThat(edge.getAttribute("weight")).isEqualTo("2");
        assertThat(edge.getAttribute("start")).isEqualTo("2015-12-10");
    }

    @Test
    void aViewWithoutDatesIsStatic() throws Exception {
        ViewGraph g = ViewGraph.undirected("query", "no dates");
        g.addNode(SampleViews.node("a", "A", org.paperkg.export.model.NodeType.RESOURCE, 1, org.paperkg.export.model.NodeDate.NONE));
        Document d = XmlDocs.parse(write(g, 2000));
        assertThat(XmlDocs.elements(d, NS, "graph").get(0).getAttribute("mode")).isEqualTo("static");
        assertThat(XmlDocs.elements(d, NS, "graph").get(0).hasAttribute("timeformat")).isFalse();
    }

    private static double size(Element node) {
        return Double.parseDouble(XmlDocs.children(node, VIZ, "size").get(0).getAttribute("value"));
    }

    private static Map<String, String> attValues(Element node) {
        Map<String, String> out = new HashMap<>();
        for (Element v : XmlDocs.children(node, NS, "attvalue")) {
            out.put(v.getAttribute("for"), v.getAttribute("value"));
        }
        return out;
    }
}
