package org.paperkg.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.paperkg.link.ResourceIris;
import org.paperkg.pipeline.CorpusBuild;
import org.paperkg.serve.KgServer;
import org.paperkg.serve.ServeOptions;
import org.paperkg.serve.fuseki.AssemblerConfig;
import org.paperkg.serve.fuseki.TextIndexSync;
import org.paperkg.store.KgStore;
import org.paperkg.store.StoreStats;

/**
 * The work of {@code paperkg load --bulk}: shard files into a new TDB2 store with one of TDB2's
 * bulk loaders, then what {@code build} leaves beside the data (the dataset description) and the
 * text index {@code serve} would otherwise build on its first start.
 */
final class BulkLoad {

    /** The TDB2 loaders offered. */
    enum LoaderKind {
        /** All index builds at once, many threads: TDB2's fastest, and the default. */
        parallel,
        /** Primary indexes first, then the others: fewer threads at a time, for small machines. */
        phased
    }

    /**
     * What a load did.
     *
     * @param quads        quads and triples the loader read
     * @param loadSeconds  the loader's time
     * @param indexSeconds the text index's time
     * @param stats        the store after it
     */
    record Result(long quads, double loadSeconds, double indexSeconds, StoreStats stats) {

        double quadsPerSecond() {
            return quads / Math.max(loadSeconds, 1e-9);
        }
    }

    private BulkLoad() {
    }

    /**
     * Loads {@code files} into the new store {@code db}.
     *
     * @throws RuntimeException from the loader (a bad shard); the store is then incomplete
     */
    static Result run(List<Path> files, Path db, ResourceIris iris, LoaderKind kind) {
        long start = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(db.toString());
        DataLoader dl = switch (kind) {
            case parallel -> LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
            case phased -> LoaderFactory.phasedLoader(dsg, MonitorOutputs.nullOutput());
        };
        dl.startBulk();
        try {
            dl.load(files.stream().map(Path::toString).toList());
            dl.finishBulk();
        } catch (RuntimeException e) {
            dl.finishException(e);
            throw e;
        }
        long quads = dl.countQuads() + dl.countTriples();
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        StoreStats stats;
        try (KgStore kg = KgStore.open(db, iris)) {
            stats = CorpusBuild.finish(kg);
        }
        long indexStart = System.nanoTime();
        textIndex(db, iris);
        return new Result(quads, loadSeconds, (System.nanoTime() - indexStart) / 1e9, stats);
    }

    /**
     * Builds the text index {@code serve} would build on its first start: the packaged Fuseki
     * configuration's text dataset over the store, brought up to date by {@link TextIndexSync}.
     */
    private static void textIndex(Path db, ResourceIris iris) {
        AssemblerConfig config = AssemblerConfig.packaged(db, ServeOptions.textIndexDir(db));
        DatasetGraph text = FusekiServer.create().parseConfig(config.model()).getDataset(KgServer.SERVICE);
        try {
            TextIndexSync.ensureCurrent(text, iris);
        } finally {
            text.close();
        }
    }
}
