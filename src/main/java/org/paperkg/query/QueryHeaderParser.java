package org.paperkg.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.PrefixMapping;

/**
 * Reads the header of a query file: the leading {@code #} lines, each {@code # key: value},
 * a value continuing on following lines indented by at least two spaces after the {@code #}.
 * <pre>
 * # title: Most used datasets
 * # description: The datasets named by the most papers ...
 * #   ... continued here.
 * # param: limit limit 20 — how many datasets to list
 * # chart: bar x=label y=papers
 * # example: paperkg query top-datasets --param limit=10
 * </pre>
 * In strict mode (the packaged catalogue) every key is checked: title, description and an
 * example are required, parameters must be used by the query, limit defaults must match the
 * query's LIMIT clauses, chart columns must be result columns. In lenient mode (a user's own
 * file) only the lines present are read. Errors name the file and the line.
 */
final class QueryHeaderParser {

    private static final Pattern KEY_LINE = Pattern.compile("([a-z]+):\\s*(.*)");
    private static final Pattern CHOICE_TYPE = Pattern.compile("choice\\(([^()]+)\\)");
    private static final List<String> KEYS = List.of("title", "description", "param", "chart", "example", "statistics");

    private final String source;
    private final boolean strict;

    /**
     * @param source the file name errors name
     * @param strict check the header as the packaged catalogue requires
     */
    QueryHeaderParser(String source, boolean strict) {
        this.source = source;
        this.strict = strict;
    }

    /** One {@code key: value} entry and the line it started on. */
    private record Entry(String key, StringBuilder value, int line) {
    }

    CatalogueQuery parse(String name, String text) {
        List<Entry> entries = readEntries(text);
        String title = null;
        String description = null;
        List<QueryParameter> params = new ArrayList<>();
        ChartSpec chart = ChartSpec.NONE;
        List<String> examples = new ArrayList<>();
        String statistics = "";
        for (Entry e : entries) {
            String v = e.value().toString().strip();
            try {
                switch (e.key()) {
                    case "title" -> title = v;
                    case "description" -> description = v;
                    case "param" -> params.add(parameter(v));
                    case "chart" -> chart = chart(v);
                    case "example" -> examples.add(v);
                    case "statistics" -> statistics = v;
                    default -> throw new IllegalStateException("unreachable: " + e.key());
                }
            } catch (IllegalArgumentException ex) {
                throw error(e.line(), ex.getMessage());
            }
        }
        if (strict) {
            if (title == null || description == null || examples.isEmpty()) {
                throw error(1, "the header needs '# title:', '# description:' and at least one '# example:' line");
            }
        }
        Map<String, QueryParameter> byName = new LinkedHashMap<>();
        for (QueryParameter p : params) {
            if (byName.put(p.name(), p) != null) {
                throw error(lineOf(entries, p.name()), "parameter '" + p.name() + "' is declared twice");
            }
        }
        CatalogueQuery q = new CatalogueQuery(name, title == null ? name : title,
                description == null ? "" : description, params, chart, examples, statistics, text);
        if (strict) {
            check(q, entries);
        }
        return q;
    }

    private List<Entry> readEntries(String text) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        Entry current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith("#")) {
                break;
            }
            String rest = line.substring(1);
            if (rest.isBlank()) {
                current = null;
                continue;
            }
            if (current != null && rest.startsWith("  ")) {
                current.value().append(' ').append(rest.strip());
                continue;
            }
            Matcher m = KEY_LINE.matcher(rest.strip());
            if (m.matches() && KEYS.contains(m.group(1))) {
                current = new Entry(m.group(1), new StringBuilder(m.group(2)), i + 1);
                entries.add(current);
            } else if (strict) {
                throw error(i + 1, "expected '# key: value' with a key among " + KEYS
                        + ", or a continuation line indented by two spaces");
            } else {
                current = null;
            }
        }
        return entries;
    }

    /** {@code name type default [— description]}; the default is a token, a "quoted" text or {@code required}. */
    private static QueryParameter parameter(String v) {
        String[] head = v.split("\\s+", 3);
        if (head.length < 3) {
            throw new IllegalArgumentException("expected '# param: NAME TYPE DEFAULT — description', got '" + v + "'");
        }
        String name = head[0];
        String typeWord = head[1];
        List<String> choices = List.of();
        ParameterType type;
        Matcher choice = CHOICE_TYPE.matcher(typeWord);
        if (choice.matches()) {
            type = ParameterType.CHOICE;
            choices = Arrays.stream(choice.group(1).split("\\|")).map(String::strip).toList();
        } else {
            type = ParameterType.ofKeyword(typeWord);
        }
        String rest = head[2];
        String defaultValue;
        String description;
        if (rest.startsWith("\"")) {
            int end = rest.indexOf('"', 1);
            if (end < 0) {
                throw new IllegalArgumentException("parameter '" + name + "': unclosed quote in default value");
            }
            defaultValue = rest.substring(1, end);
            description = rest.substring(end + 1);
        } else {
            String[] parts = rest.split("\\s+", 2);
            defaultValue = parts[0].equals("required") ? null : parts[0];
            description = parts.length > 1 ? parts[1] : "";
        }
        description = description.strip().replaceFirst("^(—|–|--|-)\\s*", "");
        if (defaultValue != null) {
            checkDefault(name, type, choices, defaultValue);
        }
        return new QueryParameter(name, type, defaultValue, choices, description);
    }

    private static void checkDefault(String name, ParameterType type, List<String> choices, String value) {
        if (type == ParameterType.CHOICE && !choices.contains(value)) {
            throw new IllegalArgumentException("parameter '" + name + "': default '" + value + "' is not among " + choices);
        }
        if (!type.isResolved()) {
            try {
                type.literal(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("parameter '" + name + "': default " + e.getMessage(), e);
            }
        }
    }

    private static ChartSpec chart(String v) {
        String[] words = v.split("\\s+");
        ChartSpec.Kind kind;
        try {
            kind = ChartSpec.Kind.valueOf(words[0].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown chart '" + words[0] + "'; expected bar, line, heatmap or none", e);
        }
        Map<String, String> cols = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            String[] kv = words[i].split("=", 2);
            if (kv.length != 2 || !List.of("x", "y", "value").contains(kv[0])) {
                throw new IllegalArgumentException("chart columns are written x=COLUMN y=COLUMN [value=COLUMN], got '"
                        + words[i] + "'");
            }
            cols.put(kv[0], kv[1]);
        }
        return new ChartSpec(kind, cols.get("x"), cols.get("y"), cols.get("value"));
    }

    /** The checks the packaged catalogue must pass beyond the header's own syntax. */
    private void check(CatalogueQuery q, List<Entry> entries) {
        Query parsed;
        try {
            parsed = q.parse(PrefixMapping.Factory.create());
        } catch (QueryParseException e) {
            throw error(e.getLine(), "SPARQL does not parse: " + e.getMessage());
        }
        String body = bodyOf(q.sparql());
        for (QueryParameter p : q.parameters()) {
            int line = lineOf(entries, p.name());
            switch (p.type()) {
                case LIMIT -> {
                    if (!parsed.hasLimit() || parsed.getLimit() != p.type().limit(p.defaultValue())) {
                        throw error(line, "limit parameter '" + p.name() + "' defaults to " + p.defaultValue()
                                + " but the query's LIMIT is " + (parsed.hasLimit() ? parsed.getLimit() : "missing"));
                    }
                }
                case SUBLIMIT -> {
                    List<Long> limits = subqueryLimits(parsed);
                    long expected = p.type().limit(p.defaultValue());
                    if (limits.isEmpty() || limits.stream().anyMatch(l -> l != expected)) {
                        throw error(line, "sublimit parameter '" + p.name() + "' defaults to " + expected
                                + " but the sub-queries' LIMITs are " + limits);
                    }
                }
                default -> {
                    if (!Pattern.compile("[?$]" + p.name() + "\\b").matcher(body).find()) {
                        throw error(line, "parameter '" + p.name() + "' is not a variable of the query");
                    }
                }
            }
        }
        ChartSpec c = q.chart();
        if (c.kind() != ChartSpec.Kind.NONE) {
            for (String col : new String[] {c.x(), c.y(), c.value()}) {
                if (col != null && !parsed.getResultVars().contains(col)) {
                    throw error(lineOf(entries, "chart"), "chart column '" + col + "' is not a result column of the query "
                            + parsed.getResultVars());
                }
            }
        }
        for (String example : q.examples()) {
            if (!example.startsWith("paperkg query " + q.name())) {
                throw error(1, "example '" + example + "' does not start with 'paperkg query " + q.name() + "'");
            }
        }
    }

    /** The LIMIT of every sub-query that has one, in the order they appear. */
    static List<Long> subqueryLimits(Query query) {
        List<Long> limits = new ArrayList<>();
        Subqueries.forEach(query, q -> {
            if (q.hasLimit()) {
                limits.add(q.getLimit());
            }
        });
        return limits;
    }

    private static String bodyOf(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\r?\n")) {
            if (!line.strip().startsWith("#")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static int lineOf(List<Entry> entries, String word) {
        for (Entry e : entries) {
            if (e.key().equals(word) || (e.key().equals("param") && e.value().toString().strip().startsWith(word + " "))) {
                return e.line();
            }
        }
        return 1;
    }

    private IllegalArgumentException error(int line, String message) {
        return new IllegalArgumentException(source + " line " + line + ": " + message);
    }
}
