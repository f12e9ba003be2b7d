package org.paperkg.pipeline;

import java.time.Duration;
import java.util.List;
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
 * @param failedPapers    the first {@value #FAILURES_NAMED} of them, as {@code file:line 'title'}
 * @param skippedByReason records or files skipped, by reason
 * @param damagedByReason records kept with some of their text lost (invalid UTF-8, a cut title), by reason
 * @param triplesBefore   triples in the store before the build
 * @param after           the store after the build
 * @param elapsed         wall-clock time
 */
public record BuildReport(long recordsRead, long papers, long written, long unchanged, long duplicates,
        long extractionFailures, List<String> failedPapers, Map<String, Long> skippedByReason,
        Map<String, Long> damagedByReason, long triplesBefore, StoreStats after, Duration elapsed) {

    /** How many failed papers the summary names; the log names every one. */
    public static final int FAILURES_NAMED = 20;

    public BuildReport {
        failedPapers = List.copyOf(failedPapers);
        skippedByReason = Map.copyOf(skippedByReason);
        damagedByReason = Map.copyOf(damagedByReason);
    }

    public long skipped() {
        return skippedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    public long damaged() {
        return damagedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * True when some input was skipped or damaged or some paper lost its facts: the build's exit
     * code (3) says so.
     */
    public boolean incomplete() {
        return skipped() > 0 || damaged() > 0 || extractionFailures > 0;
    }

    private static String joined(Map<String, Long> byReason) {
        return byReason.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The summary lines a build prints. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("read %,d records: %,d papers (%,d written, %,d unchanged), %,d duplicates merged%n",
                recordsRead, papers, written, unchanged, duplicates));
        if (skipped() > 0) {
            sb.append(String.format("skipped %,d: %s%n", skipped(), joined(skippedByReason)));
        }
        if (damaged() > 0) {
            sb.append(String.format("kept with text lost %,d: %s (the log names each line)%n", damaged(),
                    joined(damagedByReason)));
        }
        if (extractionFailures > 0) {
            sb.append(String.format("extraction failed for %,d papers (stored without facts; the next build retries them):%n",
                    extractionFailures));
            failedPapers.forEach(p -> sb.append("  ").append(p).append(System.lineSeparator()));
            if (extractionFailures > failedPapers.size()) {
                sb.append(String.format("  ... and %,d more (see the log)%n", extractionFailures - failedPapers.size()));
            }
        }
        sb.append(String.format("store: %,d papers, %,d triples (%+,d) in %.1f s%n",
                after.papers(), after.triples(), after.triples() - triplesBefore, elapsed.toMillis() / 1000.0));
        return sb.toString();
    }
}
