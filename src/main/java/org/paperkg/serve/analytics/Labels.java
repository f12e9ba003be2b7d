package org.paperkg.serve.analytics;

/** How charts write labels and numbers (escaping is {@link org.paperkg.serve.html.Html#escape}). */
final class Labels {

    private Labels() {
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
