package org.paperkg.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What LaTeX commands mean in plain text. The vocabulary (symbols, formatting to unwrap,
 * commands to drop, accents) comes from {@code latex-commands.tsv}; the commands with their own
 * syntax ({@code \frac}, {@code \sqrt}, {@code \href}, <code>&#92;unicode</code>, {@code \char}, math
 * delimiters) are here.
 */
final class LatexCommands {

    private enum Kind { SYMBOL, WORD, UNWRAP, DROP, SWITCH, SPACE, ACCENT, SUP, SUB }

    private record Rule(Kind kind, String text) {
    }

    private static final Map<String, Rule> RULES = load();

    private LatexCommands() {
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Commands named by one non-letter: escapes, spacing, math delimiters, text accents. */
    static void symbol(LatexParser p, StringBuilder out, char c, int end, boolean math) {
        switch (c) {
            case '%', '&', '#', '$', '_', '{', '}' -> out.append(c);
            case ',', ';', ':', '>', ' ' -> out.append(' ');
            case '!', '-', '/', '@' -> {
                // thin negative space, discretionary hyphen, italic correction: nothing to show
            }
            case '|' -> out.append('‖');
            case '(', '[' -> {
                String closer = c == '(' ? "\\)" : "\\]";
                int close = p.source().indexOf(closer, p.position());
                if (!math && close >= 0 && close < end) {
                    p.nested(out, p.position(), close, true);
                    p.moveTo(close + 2);
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
                    accent(p, out, String.valueOf(c), rule.text(), end, math);
                } else {
                    out.append('\\').append(c);
                }
            }
        }
    }

    static void word(LatexParser p, StringBuilder out, String name, int end, boolean math) {
        switch (name) {
            case "frac", "dfrac", "tfrac", "cfrac" -> {
                String num = p.convert(p.argument(end), math);
                String den = p.convert(p.argument(end), math);
                out.append(group(num)).append('/').append(group(den));
                return;
            }
            case "binom", "tbinom", "dbinom" -> {
                String n = p.convert(p.argument(end), math);
                String k = p.convert(p.argument(end), math);
                out.append("C(").append(n).append(", ").append(k).append(')');
                return;
            }
            case "sqrt" -> {
                String index = p.optionalArgument(end);
                String radicand = p.convert(p.argument(end), math);
                if (index != null) {
                    out.append(p.convert(index, math));
                }
                out.append('√').append(group(radicand));
                return;
            }
            case "href" -> {
                String url = p.argument(end).strip();
                String text = p.convert(p.argument(end), math).strip();
                out.append(text.isEmpty() || text.equals(url) ? url : text + " (" + url + ")");
                return;
            }
            case "url", "path", "nolinkurl" -> {
                out.append(p.argument(end).strip()); // verbatim: no escapes inside a URL
                return;
            }
            case "footnote" -> {
                out.append(" (").append(p.convert(p.argument(end), math).strip()).append(')');
                return;
            }
            case "textcolor", "colorbox", "foreignlanguage", "texorpdfstring" -> {
                p.optionalArgument(end);
                String first = p.argument(end);
                String second = p.argument(end);
                out.append(p.convert(name.equals("texorpdfstring") ? first : second, math));
                return;
            }
            case "color" -> {
                p.optionalArgument(end);
                p.argument(end);
                return;
            }
            case "unicode" -> {
                appendCodePoint(out, p.argument(end).strip(), "\\unicode");
                return;
            }
            case "char" -> {
                charCommand(p, out, end);
                return;
            }
            default -> {
                // the vocabulary file decides
            }
        }
        Rule rule = RULES.get(name);
        if (rule == null) {
            unknown(p, out, name, end, math);
            return;
        }
        switch (rule.kind()) {
            case SYMBOL -> out.append(rule.text());
            case WORD -> out.append(name);
            case UNWRAP -> out.append(p.convert(p.argument(end), math));
            case DROP -> p.argument(end);
            case SWITCH -> {
                // no output
            }
            case SPACE -> out.append(' ');
            case ACCENT -> accent(p, out, name, rule.text(), end, math);
            case SUP -> out.append('^').append(p.convert(p.argument(end), math));
            case SUB -> out.append('_').append(p.convert(p.argument(end), math));
            default -> throw new IllegalStateException("unhandled kind " + rule.kind());
        }
    }

    /**
     * An accent on the next character or group. A letter-named accent with a longer group is
     * taken as a mangled command instead: {@code \r{ho}} is {@code \rho}, {@code \k{appa}} is
     * {@code \kappa}, both seen in real abstracts.
     */
    private static void accent(LatexParser p, StringBuilder out, String name, String mark, int end, boolean math) {
        String s = p.source();
        int pos = p.position();
        boolean letterNamed = LatexParser.isAsciiLetter(name.charAt(0));
        if (name.equals("u") && pos + 4 <= end && isHex(s, pos, pos + 4)) {
            // a JSON escape that lost its meaning on the way (Bird\u2019s): the character it names
            appendCodePoint(out, "x" + s.substring(pos, pos + 4), "\\u");
            p.moveTo(pos + 4);
            return;
        }
        if (letterNamed && (pos >= end || s.charAt(pos) != '{')) {
            out.append('\\').append(name); // \b, \r, \k without braces are not accents in practice
            return;
        }
        String arg = p.argument(end);
        if (letterNamed && arg.codePointCount(0, arg.length()) > 1) {
            Rule joined = RULES.get(name + arg);
            if (joined != null && joined.kind() == Kind.SYMBOL) {
                out.append(joined.text());
            } else {
                out.append(p.convert(arg, math));
            }
            return;
        }
        String base = p.convert(arg, math);
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
    private static void unknown(LatexParser p, StringBuilder out, String name, int end, boolean math) {
        if (name.length() == 1 && !Character.isUpperCase(name.charAt(0))) {
            out.append('\\').append(name);
            return;
        }
        if (p.peek(end) == '{') {
            String arg = p.argument(end);
            out.append(arg.isBlank() ? name : p.convert(arg, math));
        } else {
            out.append(name);
        }
    }

    private static void charCommand(LatexParser p, StringBuilder out, int end) {
        String s = p.source();
        int j = p.position();
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
        p.moveTo(j);
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

    private static Map<String, Rule> load() {
        Map<String, Rule> map = new HashMap<>();
        for (String[] row : ResourceTable.load("latex-commands.tsv")) {
            Kind kind = Kind.valueOf(row[0].toUpperCase(Locale.ROOT));
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
