package org.paperkg.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures time and the heap a command used at its peak, by sampling the used heap every few
 * milliseconds on a daemon thread. Used heap includes garbage not yet collected, so the peak is an
 * upper bound on what the command needed; run with a small {@code -Xmx} to show a bound holds.
 */
final class PeakHeap implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 5;

    private final long startNanos = System.nanoTime();
    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    PeakHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        peak.set(memory.getHeapMemoryUsage().getUsed());
        sampler = Thread.ofPlatform().daemon().name("paperkg-peak-heap").start(() -> {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** "2.41 s, peak heap 183 MB (max 2048 MB)": time since construction and the peak so far. */
    String summary() {
        return String.format(Locale.ROOT, "%.2f s, peak heap %d MB (max %d MB)", (System.nanoTime() - startNanos) / 1e9,
                peakMb(), Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The peak used heap so far, in MB. */
    long peakMb() {
        peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get() >> 20;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
