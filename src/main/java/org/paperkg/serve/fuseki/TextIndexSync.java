package org.paperkg.serve.fuseki;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Version;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the jena-text Lucene index in step with the TDB2 store it indexes.
 *
 * <p>{@code paperkg build} writes the store directly, not through the text dataset, so the index
 * does not follow builds by itself. Before the server starts, this class computes a stamp of the
 * store's content (every paper's {@code pk:contentHash}, which changes whenever a paper's text,
 * the extractor or the lexicon changes, plus the VoID description the build rewrites, plus the
 * indexed fields) and compares it with the stamp saved beside the index, {@code LUCENE_DIR.stamp}.
 * That digest reads every paper, so the stamp records the store's committed state too
 * ({@link StoreState}, a few small files): when the store has not been written since, the server
 * starts without reading it.
 * When they differ the index is emptied and rebuilt from the union graph with jena-text's own
 * entity mapping, then the new stamp is saved. Updates made through the running server go through
 * the text dataset and are indexed as they happen.
 */
public final class TextIndexSync {

    private static final Logger LOG = LoggerFactory.getLogger(TextIndexSync.class);

    /** What {@link #ensureCurrent} found and did. */
    public enum Outcome {
        /** The dataset has no Lucene text index: search is off. */
        NO_INDEX,
        /** The stamp matched: the index was left as it was. */
        CURRENT,
        /** The index was rebuilt. */
        REBUILT
    }

    private TextIndexSync() {
    }

    /** The text dataset inside {@code dsg}, or null when it has none. */
    public static DatasetGraphText textDataset(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (d != null) {
            if (d instanceof DatasetGraphText t) {
                return t;
            }
            d = d instanceof DatasetGraphWrapper w ? w.getWrapped() : null;
        }
        return null;
    }

    /** Rebuilds the index of {@code dsg} when the store changed since it was last built. */
    public static Outcome ensureCurrent(DatasetGraph dsg, ResourceIris iris) {
        DatasetGraphText text = textDataset(dsg);
        if (text == null || !(text.getTextIndex() instanceof TextIndexLucene index)) {
            LOG.warn("the dataset has no Lucene text index; the search page will be off");
            return Outcome.NO_INDEX;
        }
        upgradeAdvice(index).ifPresent(LOG::warn);
        DatasetGraph base = text.getWrapped();
        EntityDefinition fields = index.getDocDef();
        Path stampFile = stampFile(index);
        Stamp saved = stampFile != null && Files.isRegularFile(stampFile) ? read(stampFile) : Stamp.NONE;
        Optional<String> state = StoreState.of(base);
        if (state.isPresent() && state.get().equals(saved.state())) {
            LOG.info("text index is current ({}): the store is as it was when it was indexed", stampFile.getParent());
            return Outcome.CURRENT;
        }
        String content = Txn.calculateRead(base, () -> stamp(base, iris, fields));
        if (content.equals(saved.content())) {
            LOG.info("text index is current ({})", stampFile.getParent());
            write(stampFile, new Stamp(state.orElse(""), content));
            return Outcome.CURRENT;
        }
        LOG.info("rebuilding the text index{}", stampFile == null ? "" : " in " + stampFile.getParent());
        long docs = rebuild(base, index);
        LOG.info("text index rebuilt: {} entries", docs);
        write(stampFile, new Stamp(state.orElse(""), content));
        return Outcome.REBUILT;
    }

    /**
     * What to do when the index was created by an older Lucene major than the one running: it
     * opens (Lucene reads one major back) and a rebuild in place keeps its creating version, so
     * only a new folder makes it an index of this Lucene, which the next major will need.
     */
    static Optional<String> upgradeAdvice(TextIndexLucene index) {
        if (!(index.getDirectory() instanceof FSDirectory fs)) {
            return Optional.empty();
        }
        int created;
        try {
            created = SegmentInfos.readLatestCommit(fs).getIndexCreatedVersionMajor();
        } catch (IOException e) {
            return Optional.empty(); // no commit yet: a new index, created by this Lucene
        }
        if (created >= Version.LATEST.major) {
            return Optional.empty();
        }
        Path dir = fs.getDirectory().toAbsolutePath().normalize();
        return Optional.of(String.format("the text index %s was created by Lucene %d; Lucene %d reads it, but the next "
                + "Lucene will not: stop the server, delete %s and start it again to rebuild the index from the store "
                + "(docs/jena-6.md)", dir, created, Version.LATEST.major, dir.getParent()));
    }

    /** Empties the index and adds one entry per indexed triple of the union graph. */
    static long rebuild(DatasetGraph base, TextIndexLucene index) {
        EntityDefinition defn = index.getDocDef();
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the text index", e);
        }
        long n = Txn.calculateRead(base, () -> {
            long count = 0;
            Graph union = base.getUnionGraph();
            for (String field : defn.fields()) {
                for (Node p : defn.getPredicates(field)) {
                    Iterator<Triple> it = union.find(Node.ANY, p, Node.ANY);
                    while (it.hasNext()) {
                        Triple t = it.next();
                        Entity e = TextQueryFuncs.entityFromQuad(defn, Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject());
                        if (e != null) {
                            index.addEntity(e);
                            count++;
                        }
                    }
                }
            }
            return count;
        });
        index.commit();
        return n;
    }

    /** A digest of everything the index is built from. */
    static String stamp(DatasetGraph base, ResourceIris iris, EntityDefinition fields) {
        MessageDigest md = StoreState.sha256();
        List<String> parts = new ArrayList<>();
        Node contentHash = NodeFactory.createURI(PK.contentHash.getURI());
        base.find(Node.ANY, Node.ANY, contentHash, Node.ANY)
                .forEachRemaining(q -> parts.add(NodeFmtLib.strNT(q.getSubject()) + " " + q.getObject().getLiteralLexicalForm()));
        base.getGraph(NodeFactory.createURI(iris.voidGraph())).find()
                .forEachRemaining(t -> parts.add(NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate())
                        + " " + NodeFmtLib.strNT(t.getObject())));
        for (String f : fields.fields()) {
            parts.add("field " + f + " " + fields.getPredicates(f));
        }
        parts.sort(null);
        for (String p : parts) {
            md.update(p.getBytes(StandardCharsets.UTF_8));
            md.update((byte) '\n');
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static Path stampFile(TextIndexLucene index) {
        if (index.getDirectory() instanceof FSDirectory fs) {
            Path dir = fs.getDirectory().toAbsolutePath().normalize();
            return dir.resolveSibling(dir.getFileName() + ".stamp");
        }
        return null;
    }

    /**
     * What the stamp file records: the store's state ({@link StoreState}) and the digest of the
     * indexed content, when the index was last brought up to date. An older stamp file holds the
     * content digest alone.
     */
    record Stamp(String state, String content) {
        static final Stamp NONE = new Stamp("", "");

        static Stamp parse(String text) {
            String state = "";
            String content = "";
            for (String line : text.strip().split("\n")) {
                if (line.startsWith("state ")) {
                    state = line.substring(6).strip();
                } else if (line.startsWith("content ")) {
                    content = line.substring(8).strip();
                } else if (!line.isBlank() && content.isEmpty()) {
                    content = line.strip();
                }
            }
            return new Stamp(state, content);
        }

        String format() {
            return "state " + state + "\ncontent " + content + "\n";
        }
    }

    private static Stamp read(Path file) {
        try {
            return Stamp.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("cannot read the text index stamp {}: {}; rebuilding the index", file, e.getMessage());
            return Stamp.NONE;
        }
    }

    private static void write(Path file, Stamp stamp) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, stamp.format(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("cannot save the text index stamp {}: {}; the index will be rebuilt at the next start", file, e.getMessage());
        }
    }
}
