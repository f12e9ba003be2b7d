package org.paperkg.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Title keys for finding the same paper twice: listings repeat papers, and different sources
 * write one title with different case, dashes, spacing, LaTeX or a trailing period.
 *
 * <pre>{@code
 * Titles.key("PanGu-$\\alpha$: Large-scale Models.")  // "pangu α large scale models"
 * Titles.key("PanGu–α:  large-scale models")          // the same
 * }</pre>
 */
public final class Titles {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Titles() {
    }

    /**
     * The key: the {@linkplain TextCleaner#clean cleaned} title in Unicode NFKC (so full-width
     * letters and ligatures match their plain forms), case-folded, accents removed (Schrödinger
     * and Schrodinger are one paper more often than two), and every run of characters that is not
     * a letter or digit (punctuation, dashes, symbols, spaces) made one space, ends stripped.
     * "Zero-Shot" and "Zero Shot" thus share a key, "ZeroShot" does not.
     */
    public static String key(String title) {
        String s = Normalizer.normalize(TextCleaner.clean(title), Normalizer.Form.NFKC);
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT); // ß -> ss, final sigma -> sigma
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return NOT_WORD.matcher(s).replaceAll(" ").strip();
    }
}
