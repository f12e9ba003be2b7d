package org.paperkg.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Fault injection for tests ({@link SparkJobOptions#failOnceAfter}): passes a partition's shard
 * lines through, except that the first attempt of partition 0 dies after {@code after} graphs,
 * while its shard file is half written. Spark retries the task; the output committer must keep
 * only the retry's file.
 */
final class InjectedFailure implements FlatMapFunction<Iterator<String>, String> {

    private static final long serialVersionUID = 1L;

    private final int after;

    InjectedFailure(int after) {
        this.after = after;
    }

    @Override
    public Iterator<String> call(Iterator<String> graphs) {
        TaskContext task = TaskContext.get();
        if (task == null || task.partitionId() != 0 || task.attemptNumber() != 0) {
            return graphs;
        }
        return new Iterator<>() {
            private int done;

            @Override
            public boolean hasNext() {
                return graphs.hasNext();
            }

            @Override
            public String next() {
                if (!graphs.hasNext()) {
                    throw new NoSuchElementException();
                }
                if (done == after) {
                    throw new IllegalStateException("injected failure of partition 0, attempt 0, after " + done
                            + " graphs written (SparkJobOptions.failOnceAfter)");
                }
                done++;
                return graphs.next();
            }
        };
    }
}
