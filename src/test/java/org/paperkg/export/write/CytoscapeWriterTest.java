package org.paperkg.export.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.WriteOptions;

/** Cytoscape.js JSON: the elements structure cytoscape.js and Cytoscape desktop read. */
class CytoscapeWriterTest {

    static JsonNode write(ViewGraph g) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphWriter.of(ExportFormat.CYJS).write(g, out, WriteOptions.defaults());
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void elementsHoldNodesAndEdgesWithDataAndEdgesPointAtNodes() throws Exception {
        JsonNode root = write(SampleViews.cooccurrence());
        assertThat(root.path("format_version").asText()).isEqualTo("1.0");
        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");
        assertThat(nodes.isArray()).isTrue();
        assertThat(edges.isArray()).isTrue();
        assertThat(nodes).hasSize(4);
        assertThat(edges).hasSize(3);
        Set<String> ids = new HashSet<>();
        for (JsonNode n : nodes) {
            JsonNode data = n.path("data");
            assertThat(data.path("id").isTextual()).isTrue();
            assertThat(ids.add(data.path("id").asText())).as("unique id").isTrue();
            assertThat(data.path("name").asText()).isEqualTo(data.path("label").asText()).doesNotStartWith("http");
            assertThat(data.path("type").asText()).isIn("Method", "Dataset", "Task", "Metric");
            assertThat(data.path("iri").asText()).startsWith("https://w3id.org/paperkg/resource/");
            assertThat(data.path("degree").isInt()).isTrue();
            assertThat(n.path("position").path("x").isNumber()).isTrue();
        }
        Set<String> edgeIds = new HashSet<>();
        for (JsonNode e : edges) {
            JsonNode data = e.path("data");
            assertThat(edgeIds.add(data.path("id").asText())).isTrue();
            assertThat(ids).contains(data.path("source").asText(), data.path("target").asText());
            assertThat(data.path("weight").isNumber()).isTrue();
        }
        assertThat(edgeIds).doesNotContainAnyElementsOf(ids);
        JsonNode odd = null;
        for (JsonNode n : nodes) {
            if (n.path("data").path("id").asText().equals("task:odd")) {
                odd = n;
            }
        }
        assertThat(odd.path("data").path("label").asText()).isEqualTo(SampleViews.TRICKY);
        assertThat(nodes.get(1).path("data").path("date").asText()).isEqualTo("--03-12");
    }

    @Test
    void anEmptyViewIsStillTheFullStructure() throws Exception {
        JsonNode root = write(SampleViews.empty());
        assertThat(root.path("elements").path("nodes").isArray()).isTrue();
        assertThat(root.path("elements").path("edges").isArray()).isTrue();
    }
}
