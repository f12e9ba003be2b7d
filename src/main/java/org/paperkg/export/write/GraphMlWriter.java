package org.paperkg.export.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewNode;
import org.paperkg.export.model.WriteOptions;

/**
 * GraphML through JGraphT's {@link GraphMLExporter}: every attribute is declared as a typed
 * {@code <key attr.name attr.type>}, which is what Gephi and Cytoscape read columns from.
 * {@code label} is the label Gephi shows and {@code name} the column Cytoscape's default style
 * labels nodes with; both hold the same text. JGraphT gives each attribute name one key whatever it
 * belongs to, and reserves {@code weight} for its edge-weight key, so here nodes carry
 * {@code nodeWeight} and {@code date}, edges {@code weight} and {@code edgeDate}.
 *
 * <p>GraphML's schema types node ids as XML name tokens, so {@link XmlIds} writes ids that are not
 * one (a foreign IRI) with their other characters escaped; paperkg's own ids
 * ({@code method:resnet-50}) are name tokens already and stay as they are.
 */
final class GraphMlWriter implements GraphWriter {

    @Override
    public void write(ViewGraph g, OutputStream out, WriteOptions options) throws IOException {
        GraphMLExporter<ViewNode, ViewEdge> exporter = new GraphMLExporter<>(n -> XmlIds.nmtoken(n.id()));
        register(exporter, AttributeCategory.NODE, "label", AttributeType.STRING);
        register(exporter, AttributeCategory.NODE, "name", AttributeType.STRING);
        register(exporter, AttributeCategory.NODE, "type", AttributeType.STRING);
        register(exporter, AttributeCategory.NODE, "iri", AttributeType.STRING);
        register(exporter, AttributeCategory.NODE, "degree", AttributeType.INT);
        register(exporter, AttributeCategory.NODE, "nodeWeight", AttributeType.DOUBLE);
        register(exporter, AttributeCategory.NODE, "date", AttributeType.STRING);
        register(exporter, AttributeCategory.NODE, "color", AttributeType.STRING);
        register(exporter, AttributeCategory.EDGE, "relation", AttributeType.STRING);
        register(exporter, AttributeCategory.EDGE, "edgeDate", AttributeType.STRING);
        exporter.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(Text.xml(n.label())));
            a.put("name", DefaultAttribute.createAttribute(Text.xml(n.label())));
            a.put("type", DefaultAttribute.createAttribute(n.type().label()));
            a.put("iri", DefaultAttribute.createAttribute(Text.xml(n.iri())));
            a.put("degree", DefaultAttribute.createAttribute(g.degree(n)));
            a.put("nodeWeight", DefaultAttribute.createAttribute(n.weight()));
            if (n.date().isKnown()) {
                a.put("date", DefaultAttribute.createAttribute(n.date().text()));
            }
            a.put("color", DefaultAttribute.createAttribute(n.type().colour()));
            return a;
        });
        Map<ViewEdge, String> edgeIds = new HashMap<>();
        for (ViewEdge e : g.edges()) {
            edgeIds.put(e, "e" + edgeIds.size());
        }
        exporter.setEdgeIdProvider(edgeIds::get);
        exporter.setExportEdgeWeights(true);
        exporter.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("relation", DefaultAttribute.createAttribute(Text.xml(e.relation())));
            if (e.date().isKnown()) {
                a.put("edgeDate", DefaultAttribute.createAttribute(e.date().text()));
            }
            return a;
        });
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        exporter.exportGraph(g.graph(), w);
        w.flush();
    }

    private static void register(GraphMLExporter<ViewNode, ViewEdge> ex, AttributeCategory cat, String name,
                                 AttributeType type) {
        ex.registerAttribute(name, cat, type);
    }
}
