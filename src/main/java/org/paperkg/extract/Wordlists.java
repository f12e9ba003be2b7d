package org.paperkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word lists under {@code src/main/resources/org/paperkg/extract/}: one entry a line,
 * '#' at the start of a line or after white space starts a comment, blank lines are ignored. Lists are data, so that a rule change is a
 * resource change with a comment saying why, not a Java edit.
 */
final class Wordlists {

    private static final String BASE = "/org/paperkg/extract/";

    private Wordlists() {
    }

    /** The lines of a list, comments and blanks removed, lower-cased. */
    static Set<String> words(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String[] row : rows(name)) {
            out.add(String.join(" ", row).toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** A two-column tab-separated list as a map from the lower-cased first column to the second. */
    static Map<String, String> map(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] row : rows(name)) {
            if (row.length < 2) {
                throw new IllegalStateException("resource " + BASE + name + ": expected two tab-separated columns in '"
                        + String.join("\t", row) + "'");
            }
            out.put(row[0].toLowerCase(Locale.ROOT), row[1]);
        }
        return out;
    }

    /** The rows of a tab-separated list, cells stripped, comments and blank lines removed. */
    static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Wordlists.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BASE + name + " is missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = stripComment(line);
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                out.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + BASE + name, e);
        }
        return out;
    }

    /** Cuts a comment: '#' at the start of a line or after white space ("C#" stays a name). */
    private static String stripComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
