package org.paperkg.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The {@code mapPartitions} function: turns a partition's papers into outcomes one at a time, as
 * Spark pulls them, with this executor's {@link ExecutorExtraction}.
 */
final class PartitionExtraction implements FlatMapFunction<Iterator<PaperGroup>, PaperOutcome> {

    private static final long serialVersionUID = 1L;

    private final String base;
    private final boolean crf;
    private final int failOnceAfter;

    PartitionExtraction(SparkJobOptions options) {
        this.base = options.iris().base();
        this.crf = options.crf();
        this.failOnceAfter = options.failOnceAfter();
    }

    @Override
    public Iterator<PaperOutcome> call(Iterator<PaperGroup> groups) {
        ExecutorExtraction extraction = ExecutorExtraction.get(base, crf);
        TaskContext task = TaskContext.get();
        boolean injectFailure = failOnceAfter >= 0 && task != null && task.partitionId() == 0
                && task.attemptNumber() == 0;
        return new Iterator<>() {
            private int done;

            @Override
            public boolean hasNext() {
                return groups.hasNext();
            }

            @Override
            public PaperOutcome next() {
                if (!groups.hasNext()) {
                    throw new NoSuchElementException();
                }
                if (injectFailure && done == failOnceAfter) {
                    throw new IllegalStateException("injected failure of partition 0, attempt 0, after "
                            + done + " papers (SparkJobOptions.failOnceAfter)");
                }
                done++;
                return extraction.process(groups.next());
            }
        };
    }
}
