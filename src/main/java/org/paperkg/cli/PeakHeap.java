package org.paperkg.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Measures the heap a command used at its peak: resets the heap pools' peak counters at the start
 * and sums them at the end. The sum is an upper bound (pools peak at different moments, and it
 * includes garbage not yet collected); run with a small {@code -Xmx} to show a bound holds.
 */
final class PeakHeap {

    private final long startNanos = System.nanoTime();

    PeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** "2.41 s, peak heap 183 MB (max 2048 MB)". */
    String summary() {
        return String.format(java.util.Locale.ROOT, "%.2f s, peak heap %d MB (max %d MB)", seconds(),
                peakBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }
}
