package org.paperkg.serve.html;

/**
 * A small HTML builder that escapes everything it is given unless told otherwise.
 *
 * <pre>{@code
 * Html h = new Html();
 * h.add("<h1>%s</h1>", paper.title());                       // the title is escaped
 * h.add("<p class=\"%s\">%s</p>", "note", Html.raw("<b>ok</b>"));  // trusted markup passes as is
 * }</pre>
 *
 * <p>Templates are constants in the page classes; every {@code %s} takes the next argument, and
 * {@code %%} is a literal per cent sign. An argument that is a {@link Raw} or another {@code Html}
 * is markup we built and is copied as is; anything else is text from the data and is escaped, so
 * that an abstract containing {@code <script>} shows as text. The same escaping is safe inside
 * double-quoted attribute values.
 */
public final class Html {

    /** Markup built by paperkg itself, inserted without escaping. */
    public record Raw(String html) {
        @Override
        public String toString() {
            return html;
        }
    }

    private final StringBuilder out = new StringBuilder(1024);

    /** Marks trusted markup (built by paperkg, never from the data). */
    public static Raw raw(String html) {
        return new Raw(html);
    }

    /** One fragment, as {@link #add} would write it. */
    public static Raw fragment(String template, Object... args) {
        return raw(new Html().add(template, args).toString());
    }

    /**
     * Escapes text for HTML (and SVG) content and double- or single-quoted attribute values;
     * control characters, which XML does not allow, become U+FFFD.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? "\uFFFD" : null;
            };
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Appends {@code template}, each {@code %s} replaced by the next argument (escaped unless markup). */
    public Html add(String template, Object... args) {
        int next = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < template.length()) {
                char d = template.charAt(i + 1);
                if (d == 's') {
                    if (next >= args.length) {
                        throw new IllegalArgumentException("template has more %s than arguments: " + template);
                    }
                    insert(args[next++]);
                    i++;
                    continue;
                }
                if (d == '%') {
                    out.append('%');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        if (next != args.length) {
            throw new IllegalArgumentException("template has " + next + " %s but " + args.length + " arguments: " + template);
        }
        return this;
    }

    /** Appends escaped text. */
    public Html text(String text) {
        out.append(escape(text));
        return this;
    }

    public boolean isEmpty() {
        return out.isEmpty();
    }

    private void insert(Object arg) {
        switch (arg) {
            case null -> {
            }
            case Raw r -> out.append(r.html());
            case Html h -> out.append(h.out);
            default -> out.append(escape(String.valueOf(arg)));
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
