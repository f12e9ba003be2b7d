package org.paperkg.export.write;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import org.paperkg.domain.Version;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewNode;
import org.paperkg.export.model.WriteOptions;

/**
 * Cytoscape.js JSON, written with Jackson's streaming generator: {@code elements.nodes[].data}
 * and {@code elements.edges[].data} as cytoscape.js reads them, plus the {@code format_version},
 * {@code generated_by} and {@code target_cytoscapejs_version} fields and node {@code position}s
 * that Cytoscape desktop's {@code .cyjs} import uses. Node data carry {@code name}, the column
 * Cytoscape's default style labels nodes with, and the same text as {@code label}.
 */
final class CytoscapeWriter implements GraphWriter {

    @Override
    public void write(ViewGraph g, OutputStream out, WriteOptions options) throws IOException {
        ForceLayout layout = ForceLayout.of(g);
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("format_version", "1.0");
        json.writeStringField("generated_by", "paperkg " + Version.get());
        json.writeStringField("target_cytoscapejs_version", "~3.0");
        json.writeObjectFieldStart("data");
        json.writeStringField("name", "paperkg " + g.name());
        json.writeStringField("description", g.description());
        json.writeBooleanField("directed", g.isDirected());
        json.writeEndObject();
        json.writeObjectFieldStart("elements");
        json.writeArrayFieldStart("nodes");
        for (ViewNode n : g.nodes()) {
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", n.id());
            json.writeStringField("name", n.label());
            json.writeStringField("label", n.label());
            json.writeStringField("type", n.type().label());
            json.writeStringField("iri", n.iri());
            json.writeNumberField("degree", g.degree(n));
            json.writeNumberField("weight", n.weight());
            if (n.date().isKnown()) {
                json.writeStringField("date", n.date().text());
            }
            json.writeStringField("color", n.type().colour());
            json.writeEndObject();
            json.writeObjectFieldStart("position");
            json.writeNumberField("x", layout.x(n));
            json.writeNumberField("y", layout.y(n));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("edges");
        int i = 0;
        for (ViewEdge e : g.edges()) {
            json.writeStartObject();
            json.writeObjectFieldStart("data");
            json.writeStringField("id", "e" + i++);
            json.writeStringField("source", g.source(e).id());
            json.writeStringField("target", g.target(e).id());
            json.writeStringField("relation", e.relation());
            json.writeNumberField("weight", e.weight());
            if (e.date().isKnown()) {
                json.writeStringField("date", e.date().text());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
    }
}
