package org.paperkg.serve.html;

import java.util.Locale;

/** Number and date formats the pages share. */
final class Format {

    private Format() {
    }

    /** A confidence as two decimals, "–" when unknown. */
    static String confidence(double c) {
        return Double.isNaN(c) ? "–" : String.format(Locale.ROOT, "%.2f", c);
    }

    /** A count with thousands separators. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** An xsd:date as written, or an empty string. */
    static String date(String d) {
        return d == null ? "" : d;
    }
}
