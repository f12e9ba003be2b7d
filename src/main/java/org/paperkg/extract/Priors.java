package org.paperkg.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The prior confidences of the cues the extractor's Java gives, read from {@code priors.tsv}
 * beside the rule files, so that tuning one is a data edit (the rules' own priors are in their
 * result tuples). Classes read them into constants when they load, so a missing name stops the
 * extractor at start.
 */
final class Priors {

    static final String FILE = "priors.tsv";

    private static final Map<String, Double> VALUES = load();
    private static final Set<String> ASKED = ConcurrentHashMap.newKeySet();

    private Priors() {
    }

    /** The prior called {@code name}. */
    static double of(String name) {
        Double v = VALUES.get(name);
        if (v == null) {
            throw new IllegalStateException(FILE + " has no prior '" + name + "'; add a line: " + name + "\t0.5");
        }
        ASKED.add(name);
        return v;
    }

    /** The names of the file that no class has asked for yet, in order. */
    static Set<String> unasked() {
        Set<String> out = new TreeSet<>(VALUES.keySet());
        out.removeAll(ASKED);
        return out;
    }

    private static Map<String, Double> load() {
        Map<String, Double> out = new HashMap<>();
        for (String[] row : Wordlists.rows(FILE)) {
            if (row.length < 2) {
                throw new IllegalStateException(FILE + ": expected 'name<TAB>value', got '" + String.join("\t", row) + "'");
            }
            double v;
            try {
                v = Double.parseDouble(row[1]);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(FILE + ": prior '" + row[0] + "' is not a number: " + row[1], e);
            }
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalStateException(FILE + ": prior '" + row[0] + "' must be in [0,1], got " + v);
            }
            if (out.put(row[0], v) != null) {
                throw new IllegalStateException(FILE + ": prior '" + row[0] + "' is given twice");
            }
        }
        return Map.copyOf(out);
    }
}
