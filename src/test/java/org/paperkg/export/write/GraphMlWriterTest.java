package org.paperkg.export.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.export.model.NodeDate;
import org.paperkg.export.model.NodeType;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewNode;
import org.paperkg.export.model.WriteOptions;
import org.paperkg.export.XmlSchemas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** GraphML as Gephi and Cytoscape read it: valid against the official schema, every attribute a typed key. */
class GraphMlWriterTest {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";

    static byte[] write(ViewGraph g) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphWriter.of(ExportFormat.GRAPHML).write(g, out, WriteOptions.defaults());
        return out.toByteArray();
    }

    @Test
    void validatesAgainstTheGraphMlSchema() throws Exception {
        for (ViewGraph g : List.of(SampleViews.cooccurrence(), SampleViews.papers(), SampleViews.empty())) {
            assertThat(XmlSchemas.problems(XmlSchemas.graphMl(), write(g))).as(g.name()).isEmpty();
        }
    }

    @Test
    void idsThatAreNotNameTokensAreEscapedConsistentlyAndStayValid() throws Exception {
        ViewGraph g = ViewGraph.directed("query", "foreign IRIs");
        g.addNode(new ViewNode("http://example.org/a#b", "A", NodeType.RESOURCE, "http://example.org/a#b", 1, NodeDate.NONE));
        g.addNode(new ViewNode("http://example.org/a_x0023_b", "B", NodeType.RESOURCE, "http://example.org/a_x0023_b", 1,
                NodeDate.NONE));
        g.addEdge("http://example.org/a#b", "http://example.org/a_x0023_b", new ViewEdge("related", 1, NodeDate.NONE));
        byte[] xml = write(g);
        assertThat(XmlSchemas.problems(XmlSchemas.graphMl(), xml)).isEmpty();
        Document d = XmlDocs.parse(xml);
        List<String> ids = XmlDocs.elements(d, NS, "node").stream().map(e -> e.getAttribute("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("http:_x002F__x002F_example.org_x002F_a_x0023_b");
        Element edge = XmlDocs.elements(d, NS, "edge").get(0);
        assertThat(ids).contains(edge.getAttribute("source"), edge.getAttribute("target"));
        assertThat(XmlSchemas.problems(XmlSchemas.yedGraphMl(), YedWriterTest.write(g))).isEmpty();
    }

    @Test
    void everyDataValueHasADeclaredTypedKeyAndNodesCarryLabelTypeIriAndDegree() throws Exception {
        Document d = XmlDocs.parse(write(SampleViews.cooccurrence()));
        Map<String, String> keyName = new HashMap<>();
        for (Element k : XmlDocs.elements(d, NS, "key")) {
            assertThat(k.getAttribute("attr.type")).as("key " + k.getAttribute("attr.name"))
                    .isIn("boolean", "int", "long", "float", "double", "string");
            keyName.put(k.getAttribute("id"), k.getAttribute("for") + ":" + k.getAttribute("attr.name"));
        }
        assertThat(keyName.values()).contains("node:label", "node:type", "node:iri", "node:degree", "node:name",
                "edge:weight", "edge:relation");

        Map<String, Map<String, String>> nodes = new HashMap<>();
        for (Element n : XmlDocs.elements(d, NS, "node")) {
            Map<String, String> data = new HashMap<>();
            for (Element v : XmlDocs.children(n, NS, "data")) {
                assertThat(keyName).containsKey(v.getAttribute("key"));
                data.put(keyName.get(v.getAttribute("key")), v.getTextContent());
            }
            nodes.put(n.getAttribute("id"), data);
        }
        assertThat(nodes.get("dataset:imagenet")).containsEntry("node:label", "ImageNet")
                .containsEntry("node:type", "Dataset").containsEntry("node:degree", "3")
                .containsEntry("node:iri", "https://w3id.org/paperkg/resource/dataset/imagenet")
                .containsEntry("node:date", "--03-12");
        assertThat(nodes.get("task:odd").get("node:label")).as("markup survives, control characters do not")
                .isEqualTo(SampleViews.TRICKY.replace("\u0007", ""));

        List<Element> edges = XmlDocs.elements(d, NS, "edge");
        assertThat(edges).hasSize(3);
        Element first = edges.stream().filter(e -> e.getAttribute("source").equals("method:resnet")).findFirst().orElseThrow();
        Map<String, String> data = new HashMap<>();
        for (Element v : XmlDocs.children(first, NS, "data")) {
            data.put(keyName.get(v.getAttribute("key")), v.getTextContent());
        }
        assertThat(data).containsEntry("edge:weight", "2.0").containsEntry("edge:relation", "cooccurs");
        assertThat(XmlDocs.elements(d, NS, "graph").get(0).getAttribute("edgedefault")).isEqualTo("undirected");
    }
}
