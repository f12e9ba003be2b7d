package org.paperkg.export.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.export.ExportFixture;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.export.Exporter;
import org.paperkg.store.KgStore;
import org.paperkg.store.PaperWrite;

/** Every RDF dump parses back to what the store holds: the same quads, or the same union graph. */
class RdfDumpTest {

    @TempDir
    static Path dir;
    static KgStore store;

    @BeforeAll
    static void open() {
        store = ExportFixture.store(dir.resolve("db"));
        // Blank nodes in two graphs with the same shape, language tags and typed literals: what dumps get wrong.
        for (String g : List.of("extra-1", "extra-2")) {
            Model m = ModelFactory.createDefaultModel();
            Resource b = m.createResource();
            m.createResource(ExportFixture.entity("method/resnet")).addProperty(RDFS.seeAlso, b)
                    .addProperty(RDFS.comment, "réseau résiduel", "fr")
                    .addLiteral(RDFS.comment, m.createTypedLiteral("42", XSDDatatype.XSDinteger));
            b.addProperty(RDF.type, m.createResource("http://example.org/Note")).addProperty(RDFS.label, "a note\nwith \"quotes\"");
            store.write(List.of(new PaperWrite.Replace(ExportFixture.IRIS.base() + "graph/" + g, m)));
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static byte[] dump(ExportFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.dump(store, f, out);
        return out.toByteArray();
    }

    @Test
    void nquadsKeepEveryGraph() {
        assertSameDataset(parseDataset(dump(ExportFormat.NQUADS), Lang.NQUADS));
    }

    @Test
    void jsonLdKeepsEveryGraph() {
        assertSameDataset(parseDataset(dump(ExportFormat.JSONLD), Lang.JSONLD));
    }

    @Test
    void turtleAndNTriplesHoldTheUnionOfTheGraphsOnce() {
        for (ExportFormat f : List.of(ExportFormat.TURTLE, ExportFormat.NTRIPLES)) {
            Graph parsed = GraphFactory.createDefaultGraph();
            RDFParser.source(new ByteArrayInputStream(dump(f))).lang(f == ExportFormat.TURTLE ? Lang.TURTLE : Lang.NTRIPLES)
                    .parse(parsed);
            Graph union = Txn.calculateRead(store.dataset(), () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.dataset().asDatasetGraph().getUnionGraph().find().forEachRemaining(copy::add);
                return copy;
            });
            assertThat(parsed.isIsomorphicWith(union)).as(f + ": " + difference(union, parsed)).isTrue();
        }
        String ttl = new String(dump(ExportFormat.TURTLE), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ttl).contains("PREFIX pk:").contains("method:resnet");
    }

    @Test
    void theCountsTheDumpReportsAreTheStatementsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = Exporter.dump(store, ExportFormat.NQUADS, out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().count()).isEqualTo(n);
    }

    private static DatasetGraph parseDataset(byte[] bytes, Lang lang) {
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(parsed);
        return parsed;
    }

    private static void assertSameDataset(DatasetGraph parsed) {
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraph stored = store.dataset().asDatasetGraph();
            Set<String> storedGraphs = names(stored.listGraphNodes());
            assertThat(names(parsed.listGraphNodes())).isEqualTo(storedGraphs);
            for (Iterator<Node> it = stored.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                Graph a = copy(stored.getGraph(g));
                Graph b = parsed.getGraph(g);
                assertThat(b.isIsomorphicWith(a)).as(g.getURI() + ": " + difference(a, b)).isTrue();
            }
            assertThat(IsoMatcher.isomorphic(copyAll(stored), parsed)).isTrue();
        });
    }

    private static Set<String> names(Iterator<Node> it) {
        Set<String> out = new TreeSet<>();
        it.forEachRemaining(n -> out.add(n.getURI()));
        return out;
    }

    private static Graph copy(Graph g) {
        Graph c = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    private static DatasetGraph copyAll(DatasetGraph dsg) {
        DatasetGraph c = DatasetGraphFactory.createGeneral();
        dsg.find().forEachRemaining(c::add);
        return c;
    }

    /** The triples without blank nodes that one graph has and the other lacks, for failure messages. */
    private static String difference(Graph expected, Graph actual) {
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        expected.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank() && !actual.contains(t)) {
                missing.add(t.toString());
            }
        });
        actual.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank() && !expected.contains(t)) {
                extra.add(t.toString());
            }
        });
        return "missing " + missing.subList(0, Math.min(5, missing.size())) + ", extra "
                + extra.subList(0, Math.min(5, extra.size())) + ", sizes " + expected.size() + "/" + actual.size();
    }
}
