package org.paperkg.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads what {@link SparkJob} wrote, with no Spark on the class path ({@code load} and
 * {@code push} use it): the shard files of folders and files, and the named graphs of a shard one
 * whole graph at a time (the job writes each graph's lines together).
 */
public final class ShardFiles {

    private ShardFiles() {
    }

    /**
     * The shard files named: a file as given, a folder's {@code *.nq.gz} and {@code *.nq} files
     * in name order.
     *
     * @throws IOException when an argument does not exist or a folder holds no shard
     */
    public static List<Path> list(List<Path> args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path a : args) {
            if (Files.isDirectory(a)) {
                try (Stream<Path> s = Files.list(a)) {
                    List<Path> shards = s.filter(ShardFiles::isShard).sorted().toList();
                    if (shards.isEmpty()) {
                        throw new IOException(a + " holds no *.nq.gz or *.nq shard; name the folder 'paperkg spark --out' wrote");
                    }
                    files.addAll(shards);
                }
            } else if (Files.isRegularFile(a)) {
                files.add(a);
            } else {
                throw new IOException("no such shard file or folder: " + a);
            }
        }
        return files;
    }

    /** The graphs to drop that the shard folders list ({@code drop.txt}), in order. */
    public static List<String> drops(List<Path> args) throws IOException {
        List<String> drops = new ArrayList<>();
        for (Path a : args) {
            Path f = a.resolve(Manifest.DROP_FILE);
            if (Files.isDirectory(a) && Files.isRegularFile(f)) {
                Files.readAllLines(f).stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(drops::add);
            }
        }
        return drops;
    }

    private static InputStream open(Path shard) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(shard), 1 << 16);
        return shard.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    private static boolean isShard(Path p) {
        String n = p.getFileName().toString();
        return Files.isRegularFile(p) && (n.endsWith(".nq.gz") || n.endsWith(".nq"));
    }

    /**
     * Streams the named graphs of one shard to {@code action}, each whole; triples in the default
     * graph are passed under the name null.
     *
     * @throws org.apache.jena.riot.RiotException on bad N-Quads, naming the line
     */
    public static void forEachGraph(Path shard, BiConsumer<String, Graph> action) {
        GraphCollector collector = new GraphCollector(action);
        try (InputStream in = open(shard)) {
            RDFParser.source(in).lang(Lang.NQUADS).base(null).parse(collector);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shard " + shard + ": " + e.getMessage(), e);
        }
        collector.emit();
    }

    private static final class GraphCollector extends StreamRDFBase {
        private final BiConsumer<String, Graph> action;
        private Node current;
        private Graph graph;

        GraphCollector(BiConsumer<String, Graph> action) {
            this.action = action;
        }

        @Override
        public void quad(Quad quad) {
            Node g = quad.isDefaultGraph() ? null : quad.getGraph();
            if (graph == null || !java.util.Objects.equals(g, current)) {
                emit();
                current = g;
                graph = GraphFactory.createDefaultGraph();
            }
            graph.add(quad.asTriple());
        }

        @Override
        public void triple(Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        void emit() {
            if (graph != null) {
                action.accept(current == null ? null : current.getURI(), graph);
                graph = null;
            }
        }
    }
}
