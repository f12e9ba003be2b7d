package org.paperkg.ingest;

/**
 * Turns the LaTeX that arXiv titles and abstracts carry into readable plain text: math delimiters
 * go, commands become the characters they draw ({@code $\times$} to ×, {@code 40\%} to 40%),
 * formatting commands leave their argument ({@code \textbf{x}} to x) and citations disappear.
 *
 * <p>Math is recognised nearly the way pandoc does it, so that prices stay prices: an opening
 * {@code $} must have a non-space to its right, the closing one a non-space to its left and, when
 * the content starts with a digit, no digit right after it ({@code $5 and $10}, {@code $48-$74}
 * are text; {@code 1024$\times$1024} is math). {@code $$..$$}, {@code \(..\)} and {@code \[..\]} are math
 * too. Inside math, braces vanish, {@code ^} and {@code _} stay ({@code $O(n^{2})$} becomes
 * {@code O(n^2)}, the usual plain-text spelling) and {@code ^\circ} becomes °. Outside math, braces
 * stay unless they hold a command ({@code {\em x}}, {@code 360{\deg}}), because plain braces in
 * scraped text are usually meant ({@code {https://github.com/...}}).
 *
 * <p>{@link LatexParser} reads the structure, {@link LatexCommands} knows what commands mean, and
 * the vocabulary itself is data in {@code latex-commands.tsv}.
 */
final class LatexText {

    private LatexText() {
    }

    /** The plain-text reading of {@code s}; text without LaTeX comes back unchanged. */
    static String toPlain(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        new LatexParser(s, 0).run(out, 0, s.length(), false);
        return out.toString();
    }
}
