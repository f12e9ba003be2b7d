package org.paperkg.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The {@code mapPartitions} function: turns a partition's papers into outcomes one at a time, as
 * Spark pulls them, with this executor's {@link ExecutorExtraction}.
 */
final class PartitionExtraction implements FlatMapFunction<Iterator<PaperGroup>, PaperOutcome> {

    private static final long serialVersionUID = 1L;

    private final String base;
    private final boolean crf;

    PartitionExtraction(SparkJobOptions options) {
        this.base = options.iris().base();
        this.crf = options.crf();
    }

    @Override
    public Iterator<PaperOutcome> call(Iterator<PaperGroup> groups) {
        ExecutorExtraction extraction = ExecutorExtraction.get(base, crf);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return groups.hasNext();
            }

            @Override
            public PaperOutcome next() {
                return extraction.process(groups.next());
            }
        };
    }
}
