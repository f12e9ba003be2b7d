package org.paperkg.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.paperkg.store.KgStore;
import org.paperkg.store.PaperWrite;

/**
 * Writes paper changes to the store in the order they were submitted, on its own thread: each
 * change goes into the open write transaction as soon as its extraction is done (so no paper waits
 * in memory for its batch), and the transaction is committed every {@code batchSize} papers and at
 * the end, so a build stopped half-way leaves whole papers only.
 *
 * <p>Submission order matters: a duplicate record's source must land after its paper's graph is
 * replaced, not before. The queue is bounded, so a fast reader waits for extraction and writing
 * instead of filling the heap.
 */
final class OrderedWriter implements AutoCloseable {

    private static final CompletableFuture<PaperWrite> END = CompletableFuture.completedFuture(null);

    private final KgStore store;
    private final int batchSize;
    private final BlockingQueue<CompletableFuture<PaperWrite>> queue;
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong written = new AtomicLong();

    OrderedWriter(KgStore store, int batchSize, int capacity) {
        this.store = store;
        this.batchSize = batchSize;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::loop, "paperkg-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues a change that may still be computing; blocks while the queue is full. */
    void submit(CompletableFuture<PaperWrite> change) {
        rethrowFailure();
        try {
            queue.put(change);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing a paper for writing", e);
        }
    }

    /** Paper changes written so far: in the store's open transaction, committed every batch. */
    long written() {
        return written.get();
    }

    private void loop() {
        try (KgStore.Writes writes = store.beginWrites()) {
            while (true) {
                CompletableFuture<PaperWrite> next = queue.take();
                if (next == END) {
                    break;
                }
                writes.apply(next.get());
                written.incrementAndGet();
                if (writes.pending() >= batchSize) {
                    writes.commit();
                }
            }
            writes.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
            queue.clear();
        } catch (ExecutionException e) {
            failure.compareAndSet(null, e.getCause());
            queue.clear();
        } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            queue.clear();
        }
    }

    private void rethrowFailure() {
        Throwable t = failure.get();
        if (t != null) {
            throw new IllegalStateException("writing to the store failed: " + t.getMessage(), t);
        }
    }

    /** Writes what is queued, waits for the writer thread and reports its failure, if any. */
    @Override
    public void close() {
        try {
            if (failure.get() == null) {
                queue.put(END);
            }
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while finishing the writes", e);
        }
        rethrowFailure();
    }
}
