package org.paperkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Category lists written as one string: {@code "cs.CL cs.AI"} (arXiv's own form) or {@code "cs.CL; cs.AI"}. */
final class Categories {

    private static final Pattern SEPARATOR = Pattern.compile("[;\\s]+");

    private Categories() {
    }

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String part : SEPARATOR.split(s.strip())) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }
}
