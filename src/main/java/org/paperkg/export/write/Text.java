package org.paperkg.export.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text as the writers need it: safe for XML 1.0, wrapped for display, numbers without noise. */
final class Text {

    private Text() {
    }

    /** Drops characters XML 1.0 does not allow (control characters, lone surrogates). */
    static String xml(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
            if (!ok) {
                if (sb == null) {
                    sb = new StringBuilder(s.substring(0, i));
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * The label broken into lines of about {@code width} characters at spaces, at most
     * {@code maxLines} of them, the last ending in an ellipsis when text was cut.
     */
    static List<String> wrap(String label, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = label.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                if (lines.size() == maxLines - 1) {
                    line.append(" …");
                    lines.add(line.toString());
                    return lines;
                }
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w.length() > 2 * width ? w.substring(0, 2 * width) + "…" : w);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** 3 for 3.0, 0.85 for 0.85: weights read as people write them. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Black or white, whichever reads better on the fill colour {@code #RRGGBB}. */
    static String textColourOn(String fill) {
        int r = Integer.parseInt(fill.substring(1, 3), 16);
        int g = Integer.parseInt(fill.substring(3, 5), 16);
        int b = Integer.parseInt(fill.substring(5, 7), 16);
        double luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
        return luminance < 0.5 ? "#FFFFFF" : "#000000";
    }
}
