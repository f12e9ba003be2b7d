package org.paperkg.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Paper;

/**
 * Runs extraction on a fixed number of threads. A thread-safe extractor is shared; otherwise each
 * thread gets its own from the factory, created on first use, so models load once per thread.
 */
final class ExtractionPool implements AutoCloseable {

    private final ExecutorService executor;
    private final Supplier<Extractor> factory;
    private final Extractor first;
    private final Extractor shared;
    private final AtomicBoolean firstTaken = new AtomicBoolean();
    private final ThreadLocal<Extractor> perThread;
    private final List<Extractor> created = new CopyOnWriteArrayList<>();

    ExtractionPool(Supplier<Extractor> factory, int threads) {
        this.factory = factory;
        this.first = factory.get();
        created.add(first);
        this.shared = first.threadSafe() ? first : null;
        this.perThread = ThreadLocal.withInitial(this::newExtractor);
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "paperkg-extract");
            t.setDaemon(true);
            return t;
        });
    }

    /** The version of the extractors in this pool, recorded on facts and hashed into papers. */
    String version() {
        return first.version();
    }

    /** Extracts {@code paper} on a pool thread, then applies {@code then} there too. */
    <T> CompletableFuture<T> submit(Paper paper, Function<Extraction, T> then) {
        return CompletableFuture.supplyAsync(() -> then.apply(extractor().extract(paper)), executor);
    }

    private Extractor extractor() {
        return shared != null ? shared : perThread.get();
    }

    private Extractor newExtractor() {
        if (firstTaken.compareAndSet(false, true)) {
            return first;
        }
        Extractor e = factory.get();
        created.add(e);
        return e;
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(1, TimeUnit.HOURS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        created.forEach(Extractor::close);
    }
}
