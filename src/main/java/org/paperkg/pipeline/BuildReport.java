package org.paperkg.pipeline;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.paperkg.store.StoreStats;

/**
 * What a build did.
 *
 * @param recordsRead     records read from the inputs
 * @param papers          distinct papers among them
 * @param written         papers written (new, or changed since the last build)
 * @param unchanged       papers already stored with the same content and extractor
 * @param duplicates      records merged into a paper read earlier in this build
 * @param extractionFailures papers stored without extracted facts because extraction failed
 * @param skippedByReason records or files skipped, by reason
 * @param triplesBefore   triples in the store before the build
 * @param after           the store after the build
 * @param elapsed         wall-clock time
 */
public record BuildReport(long recordsRead, long papers, long written, long unchanged, long duplicates,
        long extractionFailures, Map<String, Long> skippedByReason, long triplesBefore, StoreStats after,
        Duration elapsed) {

    public BuildReport {
        skippedByReason = Map.copyOf(skippedByReason);
    }

    public long skipped() {
        return skippedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** True when some input was skipped or some paper lost its facts: the build's exit code says so. */
    public boolean incomplete() {
        return skipped() > 0 || extractionFailures > 0;
    }

    /** The summary lines a build prints. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("read %,d records: %,d papers (%,d written, %,d unchanged), %,d duplicates merged%n",
                recordsRead, papers, written, unchanged, duplicates));
        if (skipped() > 0) {
            sb.append(String.format("skipped %,d: %s%n", skipped(), skippedByReason.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
        }
        if (extractionFailures > 0) {
            sb.append(String.format("extraction failed for %,d papers (stored without facts; the next build retries them)%n",
                    extractionFailures));
        }
        sb.append(String.format("store: %,d papers, %,d triples (%+,d) in %.1f s%n",
                after.papers(), after.triples(), after.triples() - triplesBefore, elapsed.toMillis() / 1000.0));
        return sb.toString();
    }
}
