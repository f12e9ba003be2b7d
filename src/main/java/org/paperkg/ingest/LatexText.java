package org.paperkg.ingest;

import java.util.HashMap;
import java.util.Map;

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
 * <p>The vocabulary (which command means what) is in {@code latex-commands.tsv}; this class holds
 * the grammar and the commands whose syntax is special.
 */
final class LatexText {

    private enum Kind { SYMBOL, WORD, UNWRAP, DROP, SWITCH, SPACE, ACCENT, SUP, SUB }

    private record Rule(Kind kind, String text) {
    }

    private static final Map<String, Rule> RULES = load();
    /** Nesting deeper than this is copied as is rather than parsed: no stack overflow on hostile input. */
    private static final int MAX_DEPTH = 40;

    private LatexText() {
    }

    /** The plain-text reading of {@code s}; text without LaTeX comes back unchanged. */
    static String toPlain(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('$') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        new Parser(s, 0).run(out, 0, s.length(), false);
        return out.toString();
    }

    /** A recursive-descent pass over one string; nested arguments get a fresh parser one level deeper. */
    private static final class Parser {
        private final String s;
        private final int depth;
        private int pos;

        Parser(String s, int depth) {
            this.s = s;
            this.depth = depth;
        }

        void run(StringBuilder out, int from, int end, boolean math) {
            pos = from;
            while (pos < end) {
                char c = s.charAt(pos);
                switch (c) {
                    case '\\' -> command(out, end, math);
                    case '$' -> dollar(out, end, math);
                    case '{' -> openBrace(out, end, math);
                    case '}' -> {
                        if (!math) {
                            out.append(c);
                        }
                        pos++;
                    }
                    case '~' -> {
                        // a tie before a command (benchmark~\cite{x}) or in math is a space; elsewhere
                        // plain text uses ~ for "about" and it stays
                        boolean tie = math || (pos + 1 < end && s.charAt(pos + 1) == '\\');
                        out.append(tie ? ' ' : '~');
                        pos++;
                    }
                    case '^' -> {
                        if (math && degreeAt(pos + 1, end)) {
                            out.append('°');
                        } else {
                            out.append(c);
                            pos++;
                        }
                    }
                    default -> {
                        out.append(c);
                        pos++;
                    }
                }
            }
        }

        /** {@code ^\circ} or {@code ^{\circ}}: if so, moves past it. */
        private boolean degreeAt(int at, int end) {
            for (String form : new String[] {"\\circ", "{\\circ}"}) {
                int after = at + form.length();
                if (s.startsWith(form, at) && after <= end
                        && (after == end || !Character.isLetter(s.charAt(after)) || form.charAt(0) == '{')) {
                    pos = after;
                    return true;
                }
            }
            return false;
        }

        private void dollar(StringBuilder out, int end, boolean math) {
            if (math) {
                pos++; // a stray delimiter inside math: drop it
                return;
            }
            if (s.startsWith("$$", pos)) {
                int close = s.indexOf("$$", pos + 2);
                if (close > pos + 2 && close + 2 <= end) {
                    nested(out, pos + 2, close, true);
                    pos = close + 2;
                } else {
                    out.append("$$");
                    pos += 2;
                }
                return;
            }
            int close = closingDollar(pos, end);
            if (close < 0) {
                out.append('$');
                pos++;
                return;
            }
            nested(out, pos + 1, close, true);
            pos = close + 1;
        }

        /** The closing {@code $} for an opening one at {@code open}, by pandoc's rule, or -1. */
        private int closingDollar(int open, int end) {
            if (open + 1 >= end || Character.isWhitespace(s.charAt(open + 1))) {
                return -1;
            }
            for (int j = open + 1; j < end; j++) {
                char c = s.charAt(j);
                if (c == '\\') {
                    j++; // skip the escaped character, \$ included
                } else if (c == '$') {
                    boolean spaceBefore = Character.isWhitespace(s.charAt(j - 1));
                    // pandoc refuses a closer followed by a digit ($48-$74); arXiv writes
                    // 1024$\times$1024 and $\sim$5%, so the rule holds only for content that
                    // starts with a digit, the way prices do
                    boolean digitAfter = j + 1 < end && Character.isDigit(s.charAt(j + 1))
                            && Character.isDigit(s.charAt(open + 1));
                    return spaceBefore || digitAfter ? -1 : j;
                }
            }
            return -1;
        }

        private void openBrace(StringBuilder out, int end, boolean math) {
            int close = matchingBrace(pos, end);
            if (close < 0) {
                if (!math) {
                    out.append('{');
                }
                pos++;
                return;
            }
            boolean unwrap = math || close == pos + 1 || s.charAt(pos + 1) == '\\';
            if (unwrap) {
                nested(out, pos + 1, close, math);
                pos = close + 1;
            } else {
                out.append('{');
                pos++;
            }
        }

        /** Index of the brace closing the one at {@code open}, skipping escaped braces, or -1. */
        private int matchingBrace(int open, int end) {
            int level = 0;
            for (int j = open; j < end; j++) {
                char c = s.charAt(j);
                if (c == '\\') {
                    j++;
                } else if (c == '{') {
                    level++;
                } else if (c == '}' && --level == 0) {
                    return j;
                }
            }
            return -1;
        }

        private void nested(StringBuilder out, int from, int to, boolean math) {
            if (depth >= MAX_DEPTH) {
                out.append(s, from, to);
                return;
            }
            new Parser(s, depth + 1).run(out, from, to, math);
        }

        private String convert(String fragment, boolean math) {
            StringBuilder sb = new StringBuilder(fragment.length());
            if (depth >= MAX_DEPTH) {
                return fragment;
            }
            new Parser(fragment, depth + 1).run(sb, 0, fragment.length(), math);
            return sb.toString();
        }

        private void command(StringBuilder out, int end, boolean math) {
            int start = pos;
            if (start + 1 >= end) {
                out.append('\\');
                pos++;
                return;
            }
            char next = s.charAt(start + 1);
            if (next == '\\') {
                // "\\" before a command or escape is a doubled escape (86\\% -> 86%); otherwise a line break
                if (start + 2 < end && isCommandStart(s.charAt(start + 2))) {
                    pos = start + 1;
                    command(out, end, math);
                } else {
                    out.append(' ');
                    pos = start + 2;
                }
                return;
            }
            String name;
            if (isAsciiLetter(next)) {
                int j = start + 1;
                while (j < end && isAsciiLetter(s.charAt(j))) {
                    j++;
                }
                name = s.substring(start + 1, j);
                pos = j;
            } else {
                name = String.valueOf(next);
                pos = start + 2;
            }
            if (name.length() == 1 && !isAsciiLetter(next)) {
                symbolCommand(out, next, end, math);
            } else {
                wordCommand(out, name, end, math);
            }
        }

        private static boolean isHex(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (Character.digit(text.charAt(i), 16) < 0) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isCommandStart(char c) {
            return isAsciiLetter(c) || "%&$#_{}".indexOf(c) >= 0;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        /** Commands named by one non-letter: escapes, spacing, math delimiters, text accents. */
        private void symbolCommand(StringBuilder out, char c, int end, boolean math) {
            switch (c) {
                case '%', '&', '#', '$', '_', '{', '}' -> out.append(c);
                case ',', ';', ':', '>', ' ' -> out.append(' ');
                case '!', '-', '/', '@' -> {
                    // thin negative space, discretionary hyphen, italic correction: nothing to show
                }
                case '|' -> out.append('‖');
                case '(', '[' -> {
                    String closer = c == '(' ? "\\)" : "\\]";
                    int close = s.indexOf(closer, pos);
                    if (!math && close >= 0 && close < end) {
                        nested(out, pos, close, true);
                        pos = close + 2;
                    } else if (!math) {
                        out.append('\\').append(c);
                    }
                }
                case ')', ']' -> {
                    // a closer without its opener: drop
                }
                default -> {
                    Rule rule = RULES.get(String.valueOf(c));
                    if (rule != null && rule.kind() == Kind.ACCENT && !math) {
                        accent(out, String.valueOf(c), rule.text(), end, math);
                    } else {
                        out.append('\\').append(c);
                    }
                }
            }
        }

        private void wordCommand(StringBuilder out, String name, int end, boolean math) {
            switch (name) {
                case "frac", "dfrac", "tfrac", "cfrac" -> {
                    String num = convert(argument(end), math);
                    String den = convert(argument(end), math);
                    out.append(group(num)).append('/').append(group(den));
                    return;
                }
                case "binom", "tbinom", "dbinom" -> {
                    String n = convert(argument(end), math);
                    String k = convert(argument(end), math);
                    out.append("C(").append(n).append(", ").append(k).append(')');
                    return;
                }
                case "sqrt" -> {
                    String index = optionalArgument(end);
                    String radicand = convert(argument(end), math);
                    if (index != null) {
                        out.append(convert(index, math));
                    }
                    out.append('√').append(group(radicand));
                    return;
                }
                case "href" -> {
                    String url = argument(end).strip();
                    String text = convert(argument(end), math).strip();
                    out.append(text.isEmpty() || text.equals(url) ? url : text + " (" + url + ")");
                    return;
                }
                case "url", "path", "nolinkurl" -> {
                    out.append(argument(end).strip()); // verbatim: no escapes inside a URL
                    return;
                }
                case "footnote" -> {
                    out.append(" (").append(convert(argument(end), math).strip()).append(')');
                    return;
                }
                case "textcolor", "colorbox", "foreignlanguage", "texorpdfstring" -> {
                    optionalArgument(end);
                    String first = argument(end);
                    String second = argument(end);
                    out.append(convert(name.equals("texorpdfstring") ? first : second, math));
                    return;
                }
                case "color" -> {
                    optionalArgument(end);
                    argument(end);
                    return;
                }
                case "unicode" -> {
                    appendCodePoint(out, argument(end).strip(), "\\unicode");
                    return;
                }
                case "char" -> {
                    charCommand(out, end);
                    return;
                }
                default -> {
                    // the vocabulary file decides
                }
            }
            Rule rule = RULES.get(name);
            if (rule == null) {
                unknown(out, name, end, math);
                return;
            }
            switch (rule.kind()) {
                case SYMBOL -> out.append(rule.text());
                case WORD -> out.append(name);
                case UNWRAP -> out.append(convert(argument(end), math));
                case DROP -> argument(end);
                case SWITCH -> {
                    // no output
                }
                case SPACE -> out.append(' ');
                case ACCENT -> accent(out, name, rule.text(), end, math);
                case SUP -> out.append('^').append(convert(argument(end), math));
                case SUB -> out.append('_').append(convert(argument(end), math));
                default -> throw new IllegalStateException("unhandled kind " + rule.kind());
            }
        }

        /**
         * An accent on the next character or group. A letter-named accent with a longer group is
         * taken as a mangled command instead: {@code \r{ho}} is {@code \rho}, {@code \k{appa}} is
         * {@code \kappa}, both seen in real abstracts.
         */
        private void accent(StringBuilder out, String name, String mark, int end, boolean math) {
            boolean letterNamed = isAsciiLetter(name.charAt(0));
            if (name.equals("u") && pos + 4 <= end && isHex(s, pos, pos + 4)) {
                // a JSON escape that lost its meaning on the way (Bird\u2019s): the character it names
                appendCodePoint(out, "x" + s.substring(pos, pos + 4), "\\u");
                pos += 4;
                return;
            }
            if (letterNamed && (pos >= end || s.charAt(pos) != '{')) {
                out.append('\\').append(name); // \b, \r, \k without braces are not accents in practice
                return;
            }
            String arg = argument(end);
            if (letterNamed && arg.codePointCount(0, arg.length()) > 1) {
                Rule joined = RULES.get(name + arg);
                if (joined != null && joined.kind() == Kind.SYMBOL) {
                    out.append(joined.text());
                } else {
                    out.append(convert(arg, math));
                }
                return;
            }
            String base = convert(arg, math);
            if (base.isEmpty()) {
                out.append(mark.equals("\u0302") ? "^" : "");
                return;
            }
            int first = base.codePointAt(0);
            int cut = Character.charCount(first);
            out.append(base, 0, cut).append(mark).append(base, cut, base.length());
        }

        /**
         * Unknown command: a longer one or an upper-case letter is taken to be a macro for a name
         * ({@code \ours}, {@code \M}, {@code \F_q}) and shown as that name; a lower-case letter
         * stays as written, because it is more often an escape quoted from code ({@code \n}).
         */
        private void unknown(StringBuilder out, String name, int end, boolean math) {
            if (name.length() == 1 && !Character.isUpperCase(name.charAt(0))) {
                out.append('\\').append(name);
                return;
            }
            if (pos < end && s.charAt(pos) == '{') {
                String arg = argument(end);
                out.append(arg.isBlank() ? name : convert(arg, math));
            } else {
                out.append(name);
            }
        }

        private void charCommand(StringBuilder out, int end) {
            int j = pos;
            int radix = 10;
            if (j < end && s.charAt(j) == '"') {
                radix = 16;
                j++;
            } else if (j < end && s.charAt(j) == '\'') {
                radix = 8;
                j++;
            }
            int digitsStart = j;
            while (j < end && Character.digit(s.charAt(j), radix) >= 0 && j - digitsStart < 6) {
                j++;
            }
            if (j == digitsStart) {
                out.append("char");
                return;
            }
            pos = j;
            appendCodePoint(out, (radix == 16 ? "x" : radix == 8 ? "o" : "") + s.substring(digitsStart, j), "\\char");
        }

        /** Appends the code point written {@code x2013}, {@code o17} or {@code 8211}; unreadable ones stay as text. */
        private static void appendCodePoint(StringBuilder out, String spec, String command) {
            int radix = 10;
            String digits = spec;
            if (spec.startsWith("x") || spec.startsWith("X")) {
                radix = 16;
                digits = spec.substring(1);
            } else if (spec.startsWith("o")) {
                radix = 8;
                digits = spec.substring(1);
            }
            try {
                int cp = Integer.parseInt(digits, radix);
                if (cp > 0 && cp <= Character.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF)) {
                    out.appendCodePoint(cp);
                    return;
                }
            } catch (NumberFormatException e) {
                // fall through: keep it readable
            }
            out.append(command.substring(1)).append(spec);
        }

        /**
         * The raw text of the next argument: a braced group, a command, or one character, after
         * optional spaces. Empty at the end of the input.
         */
        private String argument(int end) {
            while (pos < end && s.charAt(pos) == ' ') {
                pos++;
            }
            if (pos >= end) {
                return "";
            }
            char c = s.charAt(pos);
            if (c == '{') {
                int close = matchingBrace(pos, end);
                if (close < 0) {
                    pos++;
                    return "";
                }
                String arg = s.substring(pos + 1, close);
                pos = close + 1;
                return arg;
            }
            if (c == '\\' && pos + 1 < end) {
                int j = pos + 1;
                if (isAsciiLetter(s.charAt(j))) {
                    while (j < end && isAsciiLetter(s.charAt(j))) {
                        j++;
                    }
                } else {
                    j++;
                }
                String arg = s.substring(pos, j);
                pos = j;
                return arg;
            }
            int cp = s.codePointAt(pos);
            pos += Character.charCount(cp);
            return Character.toString(cp);
        }

        /** The raw text of an optional {@code [..]} argument, or null when there is none. */
        private String optionalArgument(int end) {
            int j = pos;
            while (j < end && s.charAt(j) == ' ') {
                j++;
            }
            if (j < end && s.charAt(j) == '[') {
                int close = s.indexOf(']', j);
                if (close > 0 && close < end) {
                    pos = close + 1;
                    return s.substring(j + 1, close);
                }
            }
            return null;
        }

        /** {@code x} or {@code (x+1)}: parentheses when the part is more than one simple term. */
        private static String group(String part) {
            String p = part.strip();
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (!Character.isLetterOrDigit(c) && c != '.' && c != '_' && c != '^') {
                    return "(" + p + ")";
                }
            }
            return p;
        }
    }

    private static Map<String, Rule> load() {
        Map<String, Rule> map = new HashMap<>();
        for (String[] row : ResourceTable.load("latex-commands.tsv")) {
            Kind kind = Kind.valueOf(row[0].toUpperCase(java.util.Locale.ROOT));
            String name = row[1];
            String text = row.length > 2 ? row[2] : "";
            if ((kind == Kind.SYMBOL || kind == Kind.ACCENT) && text.isEmpty()) {
                throw new IllegalStateException("latex-commands.tsv: " + kind + " \\" + name + " needs a text");
            }
            if (map.put(name, new Rule(kind, text)) != null) {
                throw new IllegalStateException("latex-commands.tsv: \\" + name + " is listed twice");
            }
        }
        return Map.copyOf(map);
    }
}
