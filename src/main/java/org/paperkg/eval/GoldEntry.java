package org.paperkg.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a paper-level gold list: a thing with one or more names, required or optional.
 *
 * <p>Written in the gold file as {@code "Segment Anything Model|SAM"} (aliases joined by
 * {@code |}, most complete first) and prefixed with {@code ?} when finding it is acceptable but
 * not required: {@code "?self-distillation"}.
 *
 * @param names    the names, never empty, none blank
 * @param optional true for a {@code ?} entry: predicting it is neither rewarded nor punished
 */
public record GoldEntry(List<String> names, boolean optional) {

    public GoldEntry {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a gold entry needs at least one name");
        }
        for (String n : names) {
            if (n.isBlank()) {
                throw new IllegalArgumentException("a gold entry has a blank name: " + names);
            }
        }
    }

    /**
     * Parses the gold-file form. Throws {@link IllegalArgumentException} for an entry that has no
     * name left once {@code ?} and blank aliases are removed.
     */
    public static GoldEntry parse(String written) {
        Objects.requireNonNull(written, "written");
        String s = written.strip();
        boolean optional = s.startsWith("?");
        if (optional) {
            s = s.substring(1).strip();
        }
        List<String> names = new ArrayList<>();
        for (String part : s.split("\\|")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("entry '" + written + "' has no name");
        }
        return new GoldEntry(names, optional);
    }

    /** A required entry with these names (for tests and programmatic gold). */
    public static GoldEntry required(String... names) {
        return new GoldEntry(List.of(names), false);
    }

    /** The first, most complete name. */
    public String name() {
        return names.get(0);
    }

    /** The gold-file form, {@code ?} and aliases included. */
    @Override
    public String toString() {
        return (optional ? "?" : "") + String.join("|", names);
    }
}
