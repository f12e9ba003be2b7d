package org.paperkg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tab-separated rule tables beside this class ({@code latex-commands.tsv},
 * {@code html-entities.tsv}): {@code #} starts a comment line, blank lines are ignored, and a
 * field written {@code U+XXXX} is that code point, for characters one cannot see in an editor.
 */
final class ResourceTable {

    private static final Pattern CODE_POINT = Pattern.compile("U\\+([0-9A-Fa-f]{4,6})");

    private ResourceTable() {
    }

    /** The rows of the table, each split on tabs, with {@code U+XXXX} fields decoded. */
    static List<String[]> load(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = ResourceTable.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                for (int i = 0; i < fields.length; i++) {
                    Matcher m = CODE_POINT.matcher(fields[i]);
                    if (m.matches()) {
                        fields[i] = Character.toString(Integer.parseInt(m.group(1), 16));
                    }
                }
                if (fields[0].isEmpty()) {
                    throw new IllegalStateException(name + ":" + number + ": empty first field");
                }
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return rows;
    }
}
