package org.paperkg.export.dump;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The store as one JSON-LD 1.1 document in expanded form, streamed with Jackson.
 *
 * <p>Jena's JSON-LD writers build the whole document in memory before writing it, which a large
 * store cannot afford. Expanded JSON-LD needs no context and no compaction, so it can be written as
 * the quads arrive: TDB2 returns each graph's quads together and ordered by subject, so every run
 * of quads with the same graph and subject becomes one node object, and every graph one
 * {@code {"@id": graph, "@graph": [...]}} object. (Should a subject or graph recur later, JSON-LD
 * merges node objects with the same {@code @id}, so the data read back is the same.) Blank nodes
 * keep their store labels, so they stay distinct across graphs. A predicate that recurs within a
 * subject's run (which TDB2's ordering rules out, but an unsorted dataset allows) starts a new node
 * object for the same subject rather than repeating a JSON key. Memory is constant.
 */
final class JsonLdDump {

    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private JsonLdDump() {
    }

    static long write(DatasetGraph dsg, OutputStream out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeArrayFieldStart("@graph");
        Node graph = null;
        Node subject = null;
        Node predicate = null;
        Set<Node> predicatesDone = new HashSet<>();
        long n = 0;
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); n++) {
            Quad q = it.next();
            Node g = q.isDefaultGraph() ? null : q.getGraph();
            boolean newGraph = n == 0 || !same(g, graph);
            boolean predicateAgain = !q.getPredicate().equals(predicate) && predicatesDone.contains(q.getPredicate());
            if (newGraph || !q.getSubject().equals(subject) || predicateAgain) {
                if (predicate != null) {
                    json.writeEndArray();
                    json.writeEndObject();
                }
                if (newGraph && graph != null) {
                    json.writeEndArray();
                    json.writeEndObject();
                }
                if (newGraph && g != null) {
                    json.writeStartObject();
                    json.writeStringField("@id", id(g));
                    json.writeArrayFieldStart("@graph");
                }
                json.writeStartObject();
                json.writeStringField("@id", id(q.getSubject()));
                graph = g;
                subject = q.getSubject();
                predicate = null;
                predicatesDone.clear();
            }
            if (!q.getPredicate().equals(predicate)) {
                if (predicate != null) {
                    json.writeEndArray();
                }
                json.writeArrayFieldStart(q.getPredicate().getURI());
                predicate = q.getPredicate();
                predicatesDone.add(predicate);
            }
            object(json, q.getObject());
        }
        if (predicate != null) {
            json.writeEndArray();
            json.writeEndObject();
        }
        if (graph != null) {
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
        return n;
    }

    private static boolean same(Node a, Node b) {
        return a == null ? b == null : a.equals(b);
    }

    /** An IRI as it is; a blank node as {@code _:b} and its store label, other characters than letters and digits hex-escaped. */
    private static String id(Node n) {
        if (!n.isBlank()) {
            return n.getURI();
        }
        StringBuilder sb = new StringBuilder("_:b");
        for (char c : n.getBlankNodeLabel().toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else {
                sb.append('_').append(Integer.toHexString(c)).append('_');
            }
        }
        return sb.toString();
    }

    private static void object(JsonGenerator json, Node o) throws IOException {
        json.writeStartObject();
        if (o.isLiteral()) {
            json.writeStringField("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.writeStringField("@language", lang);
            } else if (!XSD_STRING.equals(o.getLiteralDatatypeURI())) {
                json.writeStringField("@type", o.getLiteralDatatypeURI());
            }
        } else {
            json.writeStringField("@id", id(o));
        }
        json.writeEndObject();
    }
}
