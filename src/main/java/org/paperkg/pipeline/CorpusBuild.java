package org.paperkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.paperkg.domain.Counts;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Corpus;
import org.paperkg.ingest.IngestSummary;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.link.EntityResolver;
import org.paperkg.link.PaperIdentity;
import org.paperkg.rdf.Lexicons;
import org.paperkg.rdf.PK;
import org.paperkg.rdf.PaperGraphBuilder;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.DatasetDescription;
import org.paperkg.store.StatisticsGraph;
import org.paperkg.store.KgStore;
import org.paperkg.store.PaperWrite;
import org.paperkg.store.StoreStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The build: reads the inputs, resolves duplicates, extracts each new or changed paper, writes
 * one named graph per paper and refreshes the catalogue and the dataset description.
 *
 * <pre>{@code
 * BuildReport report = new CorpusBuild(options, Extractor::none, Lexicons.load(iris), listener)
 *         .run(ProblemHandler.logging(log));
 * }</pre>
 *
 * <p>Incremental: a paper whose content hash (its text, the extractor version and the lexicon
 * fingerprint) is already stored is neither extracted nor rewritten, so a rebuild with the same
 * input changes nothing and a changed abstract replaces only that paper's graph.
 */
public final class CorpusBuild {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusBuild.class);

    /** Told of progress after every record; must be cheap. */
    @FunctionalInterface
    public interface Listener {
        void progress(long recordsRead, long papersWritten);

        Listener NONE = (read, written) -> {
        };
    }

    /**
     * Papers queued for writing at most, extracted or not: enough that a slow paper does not stall
     * the threads behind it, few enough that finished graphs waiting for it stay small.
     */
    private static final int READ_AHEAD = 1024;

    private final BuildOptions options;
    private final Supplier<Extractor> extractors;
    private final Lexicons lexicon;
    private final Listener listener;

    public CorpusBuild(BuildOptions options, Supplier<Extractor> extractors, Lexicons lexicon, Listener listener) {
        this.options = options;
        this.extractors = extractors;
        this.lexicon = lexicon;
        this.listener = listener;
    }

    /** Runs the build; problems with the input go to {@code problems}, failures of the store throw. */
    public BuildReport run(ProblemHandler problems) throws IOException {
        Instant start = Instant.now();
        ResourceIris iris = options.iris();
        try (KgStore store = KgStore.open(options.db(), iris)) {
            long before = store.stats().triples();
            PaperIdentity identity = new PaperIdentity();
            store.forEachPaper(p -> identity.remember(p.localId(), p.title(), p.arxivId(), p.contentHash()));
            store.replaceGraph(PK.ONTOLOGY_IRI, ontology());
            store.replaceGraph(iris.lexiconGraph(), lexicon.graph());

            PaperGraphBuilder graphs = new PaperGraphBuilder(iris, new EntityResolver(iris, lexicon.entries()));
            Counts counts = new Counts();
            IngestSummary summary;
            try (ExtractionPool pool = new ExtractionPool(extractors, options.threads());
                    OrderedWriter writer = new OrderedWriter(store, options.batchSize(), READ_AHEAD)) {
                String fingerprint = ContentHash.fingerprint(pool.version(), lexicon, iris);
                summary = Corpus.read(options.inputs(), paper -> {
                    writer.submit(plan(paper, identity, graphs, pool, fingerprint, counts));
                    listener.progress(counts.records.incrementAndGet(), writer.written());
                }, problems);
            }
            StoreStats after = finish(store);
            Map<String, Long> skipped = new HashMap<>(summary.skippedByReason());
            return new BuildReport(summary.recordsRead(), identity.papersThisBuild(), counts.written.get(),
                    counts.unchanged.get(), counts.duplicates.get(), counts.failures.get(), counts.failedPapers(),
                    skipped, summary.damagedByReason(), before, after, Duration.between(start, Instant.now()));
        }
    }

    /** Decides what one record does to the store: a new graph, a changed one, or only a source. */
    private CompletableFuture<PaperWrite> plan(Paper paper, PaperIdentity identity, PaperGraphBuilder graphs,
            ExtractionPool pool, String fingerprint, Counts counts) {
        PaperIdentity.Resolution r = identity.resolve(paper);
        String paperIri = options.iris().paper(r.localId());
        String graphIri = options.iris().paperGraph(r.localId());
        String hash = ContentHash.of(paper, fingerprint);
        if (!r.firstInBuild() || hash.equals(r.storedHash())) {
            (r.firstInBuild() ? counts.unchanged : counts.duplicates).incrementAndGet();
            Model source = ModelFactory.createDefaultModel();
            graphs.addSource(source, source.createResource(paperIri), paper);
            return CompletableFuture.completedFuture(new PaperWrite.Add(graphIri, source));
        }
        counts.written.incrementAndGet();
        return pool.<PaperWrite>submit(paper, extraction -> new PaperWrite.Replace(graphIri,
                        graphs.build(r.localId(), paper, hash, SourceLinks.addTo(extraction, paper))))
                .exceptionally(e -> {
                    Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                            ? e.getCause() : e;
                    counts.failed(paper.source() + " '" + paper.title() + "'");
                    LOG.warn("{}: extraction failed for paper '{}': {}; the paper is stored without extracted facts "
                            + "and the next build retries it", paper.source(), paper.title(), cause.toString());
                    return new PaperWrite.Replace(graphIri,
                            graphs.build(r.localId(), paper, ContentHash.RETRY_PREFIX + hash,
                            SourceLinks.addTo(Extraction.none(), paper)));
                });
    }

    /**
     * The steps that end every build, after its paper writes: the statistics graph
     * ({@link StatisticsGraph}) and the VoID/DCAT description of what the store now holds. {@code paperkg load --bulk} calls it too, so a bulk-loaded store is
     * described as a built one.
     *
     * @return the store's statistics, as described
     */
    public static StoreStats finish(KgStore store) {
        StatisticsGraph.Summary statistics = StatisticsGraph.rebuild(store);
        LOG.info("statistics: {} triples ({} entity, {} pair and {} task counts) in {} ms", statistics.triples(),
                statistics.entityCounts(), statistics.pairCounts(), statistics.taskCounts(), statistics.millis());
        StoreStats after = store.stats();
        store.replaceGraph(store.iris().voidGraph(),
                DatasetDescription.defaults().describe(store.iris(), after, LocalDate.now()));
        return after;
    }

    /** The ontology graph every build writes under {@link PK#ONTOLOGY_IRI}. */
    public static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = CorpusBuild.class.getResourceAsStream("/ontology/paperkg.ttl")) {
            if (in == null) {
                throw new IllegalStateException("ontology/paperkg.ttl is missing from the class path");
            }
            RDFDataMgr.read(m, in, PK.ONTOLOGY_IRI, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ontology", e);
        }
        return m;
    }

    private static final class Counts {
        final AtomicLong records = new AtomicLong();
        final AtomicLong written = new AtomicLong();
        final AtomicLong unchanged = new AtomicLong();
        final AtomicLong duplicates = new AtomicLong();
        final AtomicLong failures = new AtomicLong();
        private final List<String> failedPapers = new ArrayList<>();

        synchronized void failed(String paper) {
            failures.incrementAndGet();
            if (failedPapers.size() < BuildReport.FAILURES_NAMED) {
                failedPapers.add(paper);
            }
        }

        synchronized List<String> failedPapers() {
            return List.copyOf(failedPapers);
        }
    }
}
