package org.paperkg.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one ingest run read and what it left out, for the run's summary line.
 *
 * @param recordsRead     papers handed to the sink
 * @param filesRead       files handed to a reader (whether or not they yielded records)
 * @param skippedByReason skipped records and files, by {@linkplain ProblemHandler#category category}
 * @param warnings        problems that were repaired, the record kept (damaged records included)
 * @param damagedByReason records kept with some of their text lost, by category
 */
public record IngestSummary(long recordsRead, long filesRead, Map<String, Long> skippedByReason, long warnings,
        Map<String, Long> damagedByReason) {

    public IngestSummary {
        if (recordsRead < 0 || filesRead < 0 || warnings < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        skippedByReason = Map.copyOf(skippedByReason);
        damagedByReason = Map.copyOf(damagedByReason);
    }

    /** A summary in which nothing was damaged. */
    public IngestSummary(long recordsRead, long filesRead, Map<String, Long> skippedByReason, long warnings) {
        this(recordsRead, filesRead, skippedByReason, warnings, Map.of());
    }

    /** Records kept with some text lost. */
    public long damaged() {
        return damagedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** All skipped records and files. */
    public long skipped() {
        return skippedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * One line such as {@code "read 523 records from 5 files; skipped 2 (1 invalid JSON, 1 no
     * abstract); 1 warning"}, reasons in alphabetical order.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder()
                .append("read ").append(plural(recordsRead, "record"))
                .append(" from ").append(plural(filesRead, "file"));
        if (skipped() > 0) {
            sb.append("; skipped ").append(skipped()).append(" (")
                    .append(joined(skippedByReason))
                    .append(')');
        }
        if (warnings > 0) {
            sb.append("; ").append(plural(warnings, "warning"));
        }
        if (damaged() > 0) {
            sb.append(" (").append(damaged()).append(" damaged: ").append(joined(damagedByReason)).append(')');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }

    private static String joined(Map<String, Long> byReason) {
        return new TreeMap<>(byReason).entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
