package org.paperkg.serve.analytics;

/** Escaping for text placed in HTML or SVG, in element content and in quoted attribute values. */
final class Markup {

    private Markup() {
    }

    /** {@code s} with {@code & < > " '} replaced by character references; "" for null. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** {@code s} cut to {@code max} characters with an ellipsis, for labels that must fit. */
    static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, Math.max(1, max - 1)) + "…";
    }

    /** A number as a chart shows it: whole numbers without decimals, others with up to three. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.3f", v);
        return s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }
}
