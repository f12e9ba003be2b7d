package org.paperkg.ingest;

/**
 * One recursive-descent pass of {@link LatexText} over a string: text and math mode, dollar and
 * brace structure, command names and their arguments. What each command means is
 * {@link LatexCommands}' business; nested arguments get a fresh parser one level deeper.
 */
final class LatexParser {

    /** Nesting deeper than this is copied as is rather than parsed: no stack overflow on hostile input. */
    private static final int MAX_DEPTH = 40;

    private final String s;
    private final int depth;
    private int pos;

    LatexParser(String s, int depth) {
        this.s = s;
        this.depth = depth;
    }

    String source() {
        return s;
    }

    /** Index of the next character to read. */
    int position() {
        return pos;
    }

    void moveTo(int position) {
        pos = position;
    }

    /** The next character, or 0 at {@code end}. */
    char peek(int end) {
        return pos < end ? s.charAt(pos) : 0;
    }

    /** Converts {@code s[from, end)} in text or math mode, appending to {@code out}. */
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

    /** Converts {@code s[from, to)} one level deeper, appending to {@code out}. */
    void nested(StringBuilder out, int from, int to, boolean math) {
        if (depth >= MAX_DEPTH) {
            out.append(s, from, to);
            return;
        }
        new LatexParser(s, depth + 1).run(out, from, to, math);
    }

    /** The conversion of an argument's raw text, one level deeper. */
    String convert(String fragment, boolean math) {
        if (depth >= MAX_DEPTH) {
            return fragment;
        }
        StringBuilder sb = new StringBuilder(fragment.length());
        new LatexParser(fragment, depth + 1).run(sb, 0, fragment.length(), math);
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
            LatexCommands.symbol(this, out, next, end, math);
        } else {
            LatexCommands.word(this, out, name, end, math);
        }
    }

    /**
     * The raw text of the next argument: a braced group, a command, or one character, after
     * optional spaces. Empty at the end of the input.
     */
    String argument(int end) {
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
    String optionalArgument(int end) {
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

    private static boolean isCommandStart(char c) {
        return isAsciiLetter(c) || "%&$#_{}".indexOf(c) >= 0;
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
