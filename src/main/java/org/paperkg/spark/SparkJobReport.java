package org.paperkg.spark;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a Spark run did.
 *
 * @param recordsRead records read from the inputs
 * @param papers      distinct papers among them
 * @param written     papers whose graph went into the shards (new or changed)
 * @param unchanged   papers skipped because the previous manifest has the same hash
 * @param failures    papers written without facts because extraction failed
 * @param dropped     graphs of the previous run that are gone (listed in drop.txt)
 * @param shards      shard files written
 * @param skipped     input skipped, by reason
 * @param damaged     records kept with some of their text lost, by reason
 * @param elapsed     wall time of the whole run
 */
public record SparkJobReport(long recordsRead, long papers, long written, long unchanged, long failures,
        long dropped, int shards, Map<String, Long> skipped, Map<String, Long> damaged, Duration elapsed) {

    public SparkJobReport {
        skipped = Map.copyOf(skipped);
        damaged = Map.copyOf(damaged);
    }

    /** Whether some input was skipped or damaged, or some paper was written without facts (exit 3). */
    public boolean incomplete() {
        return !skipped.isEmpty() || !damaged.isEmpty() || failures > 0;
    }

    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("read %,d records: %,d papers, %,d duplicates merged%n", recordsRead, papers,
                recordsRead - papers));
        b.append(String.format("graphs: %,d written to %,d shards, %,d unchanged, %,d to drop%n", written, shards,
                unchanged, dropped));
        if (failures > 0) {
            b.append(String.format("extraction failed for %,d papers (written without facts; the next run retries them)%n",
                    failures));
        }
        new TreeMap<>(skipped).forEach((reason, n) -> b.append(String.format("skipped %,d: %s%n", n, reason)));
        new TreeMap<>(damaged).forEach((reason, n) -> b.append(String.format("damaged %,d: %s%n", n, reason)));
        b.append(String.format("in %.1f s%n", elapsed.toMillis() / 1000.0));
        return b.toString();
    }
}
