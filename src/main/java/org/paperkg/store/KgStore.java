package org.paperkg.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.paperkg.domain.EntityType;
import org.paperkg.rdf.Namespaces;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;

/**
 * paperkg's TDB2 store: one named graph per paper, queried through the union default graph.
 *
 * <pre>{@code
 * try (KgStore store = KgStore.open(Path.of("db"), ResourceIris.defaults())) {
 *     store.write(batch);                    // one write transaction: whole papers or nothing
 *     StoreStats stats = store.stats();
 * }
 * }</pre>
 *
 * <p>Every write is one TDB2 transaction over whole papers, so a build killed half-way leaves the
 * store as it was before the build or with whole papers only.
 */
public final class KgStore implements AutoCloseable {

    private final Dataset dataset;
    private final ResourceIris iris;
    private final Path dir;

    private KgStore(Path dir, Dataset dataset, ResourceIris iris) {
        this.dir = dir;
        this.dataset = dataset;
        this.iris = iris;
    }

    /**
     * Opens (creating if needed) the store in {@code dir}.
     *
     * @throws StoreOpenException when {@code dir} is a file, cannot be created or written, or is
     *                            held by another process (its message says what to do)
     */
    public static KgStore open(Path dir, ResourceIris iris) {
        if (java.nio.file.Files.exists(dir) && !java.nio.file.Files.isDirectory(dir)) {
            throw StoreOpenException.notAFolder(dir);
        }
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(dir.toString());
        } catch (RuntimeException e) {
            throw StoreOpenException.of(dir, e);
        }
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new KgStore(dir, ds, iris);
    }

    /** Whether {@code dir} holds a TDB2 store (a {@code Data-NNNN} generation folder), without opening it. */
    public static boolean isStore(Path dir) {
        if (!java.nio.file.Files.isDirectory(dir)) {
            return false;
        }
        try (java.util.stream.Stream<Path> children = java.nio.file.Files.list(dir)) {
            return children.anyMatch(c -> java.nio.file.Files.isDirectory(c)
                    && c.getFileName().toString().matches("Data-\\d+"));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The TDB2 dataset, its default graph the union of the named graphs; use inside transactions. */
    public Dataset dataset() {
        return dataset;
    }

    public Path directory() {
        return dir;
    }

    /**
     * Compacts the store: TDB2 copies every B+tree block a transaction changes and keeps the old
     * copies, so a large build leaves most of the directory as blocks no reader needs. This
     * writes the live data into a new generation and deletes the old one (no other process may
     * have the store open). Takes about as long as reading the whole store.
     */
    public void compact() {
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** Bytes the store's files take, summed over the directory. */
    public static long diskBytes(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(dir)) {
            long sum = 0;
            for (Path f : (Iterable<Path>) files.filter(java.nio.file.Files::isRegularFile)::iterator) {
                sum += java.nio.file.Files.size(f);
            }
            return sum;
        }
    }

    public ResourceIris iris() {
        return iris;
    }

    /** A paper the store holds, as {@link #forEachPaper} reports it. */
    public record StoredPaper(String localId, String title, String arxivId, String contentHash) {
    }

    /** Calls {@code action} for every stored paper (in one read transaction). */
    public void forEachPaper(Consumer<StoredPaper> action) {
        String q = Namespaces.SPARQL_PREFIXES + """
                SELECT ?p ?title ?arxiv ?hash WHERE {
                  GRAPH ?g { ?p a pk:Paper ; dcterms:title ?title ; pk:contentHash ?hash .
                             OPTIONAL { ?p pk:arxivId ?arxiv } }
                }""";
        String prefix = iris.paper("");
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    String iri = s.getResource("p").getURI();
                    if (!iri.startsWith(prefix)) {
                        continue;
                    }
                    action.accept(new StoredPaper(iri.substring(prefix.length()), s.getLiteral("title").getString(),
                            s.contains("arxiv") ? s.getLiteral("arxiv").getString() : null,
                            s.getLiteral("hash").getString()));
                }
            }
        });
    }

    /** Applies a batch of paper changes in one write transaction. */
    public void write(List<PaperWrite> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Txn.executeWrite(dataset, () -> batch.forEach(this::apply));
    }

    private void apply(PaperWrite w) {
        switch (w) {
            case PaperWrite.Replace r -> {
                dataset.removeNamedModel(r.graphIri());
                dataset.addNamedModel(r.graphIri(), r.graph());
            }
            case PaperWrite.Add a -> dataset.getNamedModel(a.graphIri()).add(a.triples());
        }
    }

    /**
     * Starts a stream of paper changes, applied one at a time inside a write transaction that
     * the caller commits when it likes; used, committed and closed on the calling thread, which
     * must not be in another transaction.
     */
    public Writes beginWrites() {
        return new Writes(Thread.currentThread());
    }

    /**
     * Paper changes applied as they come, so a large transaction holds no paper in memory once it
     * is written. {@link #commit} makes the changes so far durable; a change that fails, and
     * {@link #close}, discard every change not committed, so the store stays as the last commit
     * left it and never holds half a paper.
     *
     * <pre>{@code
     * try (KgStore.Writes writes = store.beginWrites()) {
     *     for (PaperWrite w : changes) {
     *         writes.apply(w);
     *         if (writes.pending() >= 1024) {
     *             writes.commit();
     *         }
     *     }
     *     writes.commit();
     * }
     * }</pre>
     */
    public final class Writes implements AutoCloseable {

        private final Thread owner;
        private boolean open;
        private int pending;

        private Writes(Thread owner) {
            this.owner = owner;
        }

        /**
         * Applies one change in the open transaction, starting one if needed. When it fails, the
         * changes not yet committed are discarded and the failure is rethrown.
         */
        public void apply(PaperWrite w) {
            checkThread();
            if (!open) {
                if (dataset.isInTransaction()) {
                    throw new IllegalStateException("this thread is already in a transaction on the store");
                }
                dataset.begin(TxnType.WRITE);
                open = true;
            }
            try {
                KgStore.this.apply(w);
            } catch (RuntimeException | Error e) {
                end(false);
                throw e;
            }
            pending++;
        }

        /** Changes applied since the last commit. */
        public int pending() {
            return pending;
        }

        /** Commits the changes applied so far (nothing to do when there are none). */
        public void commit() {
            checkThread();
            end(true);
        }

        /** Discards the changes not committed. */
        @Override
        public void close() {
            checkThread();
            end(false);
        }

        private void end(boolean commit) {
            pending = 0;
            if (!open) {
                return;
            }
            open = false;
            try {
                if (commit) {
                    dataset.commit();
                } else {
                    dataset.abort();
                }
            } finally {
                dataset.end();
            }
        }

        private void checkThread() {
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("store writes begun on " + owner.getName() + " used on "
                        + Thread.currentThread().getName());
            }
        }
    }

    /** Replaces one named graph (lexicon, ontology, description) in its own transaction. */
    public void replaceGraph(String graphIri, Model graph) {
        write(List.of(new PaperWrite.Replace(graphIri, graph)));
    }

    /** Counts papers, triples and instances per class. */
    public StoreStats stats() {
        return Txn.calculateRead(dataset, () -> {
            long quads = 0;
            long paperQuads = 0;
            String paperGraphPrefix = iris.paperGraph("");
            String voidGraph = iris.voidGraph();
            Iterator<Quad> it = dataset.asDatasetGraph().find();
            while (it.hasNext()) {
                Quad quad = it.next();
                String graph = quad.getGraph().isURI() ? quad.getGraph().getURI() : "";
                if (graph.equals(voidGraph)) {
                    continue;
                }
                quads++;
                if (graph.startsWith(paperGraphPrefix)) {
                    paperQuads++;
                }
            }
            long graphs = count("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }");
            Map<String, Long> perClass = new LinkedHashMap<>();
            List<Resource> classes = new ArrayList<>(List.of(PK.Paper));
            Arrays.stream(EntityType.values()).map(PK::classOf).forEach(classes::add);
            classes.addAll(List.of(PK.Result, PK.Evidence));
            for (Resource cls : classes) {
                perClass.put(cls.getLocalName(), count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + cls.getURI() + "> }"));
            }
            return new StoreStats(perClass.get("Paper"), quads, paperQuads, graphs, perClass);
        });
    }

    private long count(String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Override
    public void close() {
        dataset.close();
    }
}
