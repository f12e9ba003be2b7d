package org.paperkg.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.paperkg.extract.Extractor;
import org.paperkg.ingest.Paper;

/**
 * Times bare CoreNLP against paperkg's extraction on the same papers, on equal footing: both are
 * built and warmed up before the clock starts (models loaded, each thread's rules parsed, the JIT
 * warm), both annotate the title and the abstract separately, and they run in alternating rounds,
 * so that a change in the machine's load during the run falls on both alike.
 *
 * <p>Besides wall-clock throughput it sums the CPU time of the worker threads: on a machine that
 * other jobs share, a descheduled thread loses wall time but not CPU time, so the CPU-based
 * overhead is the steadier figure.
 */
final class ExtractionBench {

    /** Papers run through both stages before timing starts, per thread. */
    private static final int WARM_UP = 40;

    /**
     * One stage's figures: throughput; CPU per paper on the worker threads, and in the whole
     * process (which adds the garbage collector's and the JIT compiler's threads); and the peak
     * heap seen in its rounds.
     */
    record Stage(double papersPerSecond, double cpuMillisPerPaper, double processCpuMillisPerPaper, long peakHeapMb) {
    }

    /** The two stages measured on one thread count. */
    record Result(int threads, Stage bare, Stage extraction) {

        /** How much longer extraction took than bare CoreNLP, in wall-clock time, as a fraction. */
        double wallOverhead() {
            return bare.papersPerSecond() / extraction.papersPerSecond() - 1;
        }

        /** The same in the worker threads' CPU time. */
        double cpuOverhead() {
            return extraction.cpuMillisPerPaper() / bare.cpuMillisPerPaper() - 1;
        }

        /** The same in the whole process's CPU time, garbage collection and compilation included. */
        double processCpuOverhead() {
            return extraction.processCpuMillisPerPaper() / bare.processCpuMillisPerPaper() - 1;
        }
    }

    private final List<Paper> papers;
    private final Consumer<Paper> bare;
    private final Supplier<Extractor> extractors;

    /**
     * @param papers     the papers to measure on
     * @param bare       the bare CoreNLP work for one paper (thread-safe)
     * @param extractors makes the extractor; one is shared when it is thread-safe, else one per thread
     */
    ExtractionBench(List<Paper> papers, Consumer<Paper> bare, Supplier<Extractor> extractors) {
        this.papers = List.copyOf(papers);
        this.bare = bare;
        this.extractors = extractors;
    }

    /** Measures both stages on {@code threads} threads over {@code rounds} alternating rounds. */
    Result measure(int threads, int rounds) throws Exception {
        List<Extractor> perThread = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Extractor first = extractors.get();
            perThread.add(first);
            for (int i = 1; i < threads; i++) {
                perThread.add(first.threadSafe() ? first : extractors.get());
            }
            int warm = Math.min(WARM_UP * threads, papers.size());
            run(pool, threads, warm, (t, p) -> bare.accept(p));
            run(pool, threads, warm, (t, p) -> perThread.get(t).extract(p));
            Totals b = new Totals();
            Totals x = new Totals();
            for (int r = 0; r < rounds; r++) {
                b.add(run(pool, threads, papers.size(), (t, p) -> bare.accept(p)));
                x.add(run(pool, threads, papers.size(), (t, p) -> perThread.get(t).extract(p)));
            }
            int n = papers.size() * rounds;
            return new Result(threads, b.stage(n), x.stage(n));
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            for (Extractor e : new java.util.LinkedHashSet<>(perThread)) {
                e.close();
            }
        }
    }

    /** Work on one paper by worker number {@code thread}. */
    @FunctionalInterface
    private interface Work {
        void run(int thread, Paper paper);
    }

    /** One timed pass: wall nanoseconds, summed worker CPU nanoseconds, process CPU nanoseconds, peak heap. */
    private record Pass(long wallNanos, long cpuNanos, long processCpuNanos, long peakHeapMb) {
    }

    private static final class Totals {
        private long wall;
        private long cpu;
        private long processCpu;
        private long peak;

        void add(Pass p) {
            wall += p.wallNanos();
            cpu += p.cpuNanos();
            processCpu += p.processCpuNanos();
            peak = Math.max(peak, p.peakHeapMb());
        }

        Stage stage(int papers) {
            return new Stage(papers / (wall / 1e9), cpu / 1e6 / papers, processCpu / 1e6 / papers, peak);
        }
    }

    /** Runs {@code work} over the first {@code count} papers, split in equal slices over the threads. */
    private Pass run(ExecutorService pool, int threads, int count, Work work) throws Exception {
        resetPeaks();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        LongAdder cpu = new LongAdder();
        List<Future<?>> futures = new ArrayList<>();
        long process0 = processCpuNanos();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            int from = count * t / threads;
            int to = count * (t + 1) / threads;
            futures.add(pool.submit(() -> {
                long c0 = mx.getCurrentThreadCpuTime();
                for (Paper p : papers.subList(from, to)) {
                    work.run(thread, p);
                }
                cpu.add(mx.getCurrentThreadCpuTime() - c0);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long wall = System.nanoTime() - start;
        return new Pass(wall, cpu.sum(), processCpuNanos() - process0, peakHeapMb());
    }

    /** CPU time of the whole process so far (all its threads), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
