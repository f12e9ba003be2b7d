package org.paperkg.spark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.paperkg.ingest.SourceRef;
import org.paperkg.testing.SharedData;

/** Inputs, command runs and graph readers the Spark tests share. */
final class SparkFixtures {

    private SparkFixtures() {
    }

    /** The first {@code n} records of the shared arXiv corpus, as a JSONL file in {@code dir}. */
    static Path firstAbstracts(int n, Path dir) throws IOException {
        Path corpus = SharedData.require("corpora/arxiv_cs_daily/abstracts.jsonl.gz");
        Path out = dir.resolve("arxiv-" + n + ".jsonl");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8));
                BufferedWriter w = Files.newBufferedWriter(out)) {
            String line;
            for (int i = 0; i < n && (line = in.readLine()) != null; i++) {
                w.write(line);
                w.newLine();
            }
        }
        return out;
    }

    /**
     * Every named graph of the shards, by name; fails when a graph appears twice (in two shards
     * or in two places of one), which would mean a duplicate or split graph.
     */
    static Map<String, Graph> shardGraphs(Path folder) throws IOException {
        Map<String, Graph> graphs = new TreeMap<>();
        for (Path shard : ShardFiles.list(List.of(folder))) {
            ShardFiles.forEachGraph(shard, (name, g) -> {
                if (graphs.put(name, g) != null) {
                    throw new AssertionError("graph " + name + " appears more than once in " + folder);
                }
            });
        }
        return graphs;
    }

    /** Every named graph of a store but those named in {@code except}, copied out of it. */
    static Map<String, Graph> storeGraphs(Dataset ds, String... except) {
        Set<String> left = Set.of(except);
        Map<String, Graph> graphs = new TreeMap<>();
        Txn.executeRead(ds, () -> {
            Iterator<Node> names = ds.asDatasetGraph().listGraphNodes();
            while (names.hasNext()) {
                Node n = names.next();
                if (left.contains(n.getURI())) {
                    continue;
                }
                Graph copy = GraphFactory.createDefaultGraph();
                ds.asDatasetGraph().getGraph(n).find().forEachRemaining(copy::add);
                graphs.put(n.getURI(), copy);
            }
        });
        return graphs;
    }

    /** The graphs as a TDB2 store gives them back (numbers in canonical lexical form). */
    static Map<String, Graph> asStored(Map<String, Graph> graphs) {
        Dataset ds = DatasetFactory.wrap(DatabaseMgr.createDatasetGraph());
        Txn.executeWrite(ds, () -> graphs.forEach((name, g) ->
                g.find().forEachRemaining(t -> ds.asDatasetGraph().add(NodeFactory.createURI(name), t.getSubject(),
                        t.getPredicate(), t.getObject()))));
        return storeGraphs(ds);
    }

    /** The names of graphs that differ between two graph sets (missing, extra or not isomorphic). */
    static List<String> differences(Map<String, Graph> expected, Map<String, Graph> actual) {
        List<String> out = new ArrayList<>();
        for (var e : expected.entrySet()) {
            Graph a = actual.get(e.getKey());
            if (a == null) {
                out.add("missing " + e.getKey());
            } else if (!e.getValue().isIsomorphicWith(a)) {
                out.add("different " + e.getKey() + " (" + e.getValue().size() + " vs " + a.size() + " triples)");
            }
        }
        actual.keySet().stream().filter(k -> !expected.containsKey(k)).forEach(k -> out.add("extra " + k));
        return out;
    }

    /** A problem handler that keeps what it is told. */
    static final class Problems implements org.paperkg.ingest.ProblemHandler {
        final List<String> skipped = new ArrayList<>();

        @Override
        public synchronized void skipped(SourceRef where, String reason) {
            skipped.add(where + ": " + reason);
        }

        @Override
        public void warning(SourceRef where, String message) {
        }
    }
}
