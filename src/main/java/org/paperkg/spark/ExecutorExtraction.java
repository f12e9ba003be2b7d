package org.paperkg.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.NodeFactory;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Paper;
import org.paperkg.link.EntityResolver;
import org.paperkg.pipeline.ContentHash;
import org.paperkg.pipeline.Extractors;
import org.paperkg.pipeline.SourceLinks;
import org.paperkg.rdf.Lexicons;
import org.paperkg.rdf.PaperGraphBuilder;
import org.paperkg.link.ResourceIris;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extraction side of one executor JVM: the lexicon, the standard extractor and the RDF
 * mapping of {@code build}, created on the first task that needs them and reused by every later
 * task of the JVM (CoreNLP's models load once per executor, not once per task or partition).
 */
final class ExecutorExtraction {

    private static final Logger LOG = LoggerFactory.getLogger(ExecutorExtraction.class);

    private static final Map<String, ExecutorExtraction> PER_JVM = new ConcurrentHashMap<>();

    private final ResourceIris iris;
    private final PaperGraphBuilder graphs;
    private final String version;
    private final String fingerprint;
    private final Extractor shared;
    private final ThreadLocal<Extractor> perThread;

    private ExecutorExtraction(ResourceIris iris, boolean crf) {
        this.iris = iris;
        Lexicons lexicon = Lexicons.load(iris);
        Supplier<Extractor> factory = Extractors.standard(lexicon, crf);
        Extractor first = factory.get();
        this.shared = first.threadSafe() ? first : null;
        this.perThread = ThreadLocal.withInitial(factory);
        this.version = first.version();
        this.fingerprint = ContentHash.fingerprint(version, lexicon, iris);
        this.graphs = new PaperGraphBuilder(iris, new EntityResolver(iris, lexicon.entries()));
    }

    /** This JVM's extraction for {@code base} and {@code crf}, created on first use. */
    static ExecutorExtraction get(String base, boolean crf) {
        return PER_JVM.computeIfAbsent(base + "\u0000" + crf,
                k -> new ExecutorExtraction(ResourceIris.withBase(base), crf));
    }

    /**
     * One paper's outcome: unchanged (no graph) when its hash is the previous run's, otherwise its
     * whole graph as {@code build} would write it, duplicates' sources included. A failed
     * extraction keeps the paper without facts under a retry hash, as {@code build} does.
     */
    PaperOutcome process(PaperGroup group) {
        Paper paper = group.first().toPaper();
        String graphIri = iris.paperGraph(group.localId());
        String hash = ContentHash.of(paper, fingerprint);
        Manifest.Entry entry = entry(group, graphIri, hash);
        if (hash.equals(group.previousHash())) {
            return new PaperOutcome(entry, null, false);
        }
        Model graph;
        boolean failed = false;
        try {
            Extractor extractor = shared != null ? shared : perThread.get();
            graph = graphs.build(group.localId(), paper, hash, SourceLinks.addTo(extractor.extract(paper), paper));
        } catch (RuntimeException e) {
            LOG.warn("{}: extraction failed for paper '{}': {}; the paper is written without extracted facts "
                    + "and the next run retries it", paper.source(), paper.title(), e.toString());
            failed = true;
            entry = entry(group, graphIri, ContentHash.RETRY_PREFIX + hash);
            graph = graphs.build(group.localId(), paper, entry.hash(), SourceLinks.addTo(Extraction.none(), paper));
        }
        var paperResource = graph.createResource(iris.paper(group.localId()));
        for (PaperRecord duplicate : group.duplicates()) {
            graphs.addSource(graph, paperResource, duplicate.toPaper());
        }
        return new PaperOutcome(entry, nquads(graphIri, graph), failed);
    }

    private Manifest.Entry entry(PaperGroup group, String graphIri, String hash) {
        PaperRecord first = group.first();
        return new Manifest.Entry(iris.paper(group.localId()), graphIri, hash, version,
                first.arxivId() == null ? "" : first.arxivId(), first.title());
    }

    /**
     * The graph as N-Quads lines in code-point order, without a final newline: the same graph
     * always gives the same text, so shards are byte-for-byte repeatable.
     */
    static String nquads(String graphIri, Model graph) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(NodeFactory.createURI(graphIri), graph.getGraph());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFDataMgr.write(bytes, dsg, Lang.NQUADS);
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        return String.join("\n", lines);
    }
}
