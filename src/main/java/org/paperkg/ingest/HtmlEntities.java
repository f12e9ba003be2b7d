package org.paperkg.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * Decodes HTML character references ({@code &amp;}, {@code &#39;}, {@code &#x2014;}) found in
 * scraped titles and abstracts. Markup is not touched: {@code <script>} is text and stays text.
 *
 * <p>Decoding repeats until nothing changes, so double-escaped text ({@code &amp;lt;}, common
 * when a scraper escapes already-escaped HTML) comes out as {@code <} and decoding the result again
 * changes nothing. Unknown names, references without the closing {@code ;}, and numbers that are
 * not characters (0, surrogates, past U+10FFFF) stay as written.
 */
final class HtmlEntities {

    private static final Map<String, String> NAMED = load();
    private static final int MAX_ROUNDS = 5;

    private HtmlEntities() {
    }

    static String decode(String s) {
        String current = s;
        for (int round = 0; round < MAX_ROUNDS && current.indexOf('&') >= 0; round++) {
            String next = decodeOnce(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static String decodeOnce(String s) {
        StringBuilder out = null;
        int copied = 0;
        int i = s.indexOf('&');
        while (i >= 0) {
            int semi = s.indexOf(';', i + 1);
            String replacement = null;
            if (semi > i + 1 && semi - i <= 33) {
                replacement = lookup(s.substring(i + 1, semi));
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(s.length());
                }
                out.append(s, copied, i).append(replacement);
                copied = semi + 1;
                i = s.indexOf('&', semi + 1);
            } else {
                i = s.indexOf('&', i + 1);
            }
        }
        if (out == null) {
            return s;
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** The text for the reference body between {@code &} and {@code ;}, or null. */
    private static String lookup(String body) {
        if (body.charAt(0) != '#') {
            return NAMED.get(body);
        }
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        String digits = body.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 7) {
            return null;
        }
        int cp;
        try {
            cp = Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return null;
        }
        if (cp <= 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return null;
        }
        return Character.toString(cp);
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : ResourceTable.load("html-entities.tsv")) {
            map.put(row[0], row[1]);
        }
        return Map.copyOf(map);
    }
}
