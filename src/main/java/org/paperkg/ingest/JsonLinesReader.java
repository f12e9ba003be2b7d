package org.paperkg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Reads JSON Lines, one paper per line, plain or gzip-compressed (recognised by content).
 *
 * <p>Two shapes are read, and unknown fields ignored:
 * <ul>
 *   <li>arXiv: {@code {"id": "2503.13531", "title", "abstract", "date": "2025-03-19", "categories": [..]}}
 *   <li>annotated corpora: {@code {"id": "X96-1059", "title": null, "text", "entities", ...}}
 *   <li>the Kaggle arXiv metadata snapshot: {@code {"id", "title", "abstract", "categories": "cs.CL cs.LG",
 *       "versions": [{"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"}], "update_date"}}; its
 *       date is the first version's {@code created} day, else {@code update_date}
 * </ul>
 * The abstract is the first of {@code abstract}, {@code summary}, {@code text} that is a non-blank
 * string. {@code date} (or {@code published}) may be {@code yyyy-MM-dd}, {@code yyyy-MM} or an
 * ISO timestamp; a bad one is a warning and the record is kept without a date. {@code categories}
 * may be an array or one string separated by spaces or semicolons. The arXiv id comes from
 * {@code id} when it parses as one.
 *
 * <p><b>Records without a title.</b> SciERC, for one, has no titles at all, but its abstracts are
 * worth reading; such a record takes its {@code id} as its title ({@code "X96-1059"}), and the file
 * gets one warning saying how many did. A record with neither title nor id, or without an
 * abstract, is skipped.
 *
 * <p><b>Bad input.</b> Each of these skips one line, names it, and reading goes on: invalid JSON,
 * a line that is not an object, a line longer than the limit (1 MB by default; the line is read
 * past, never held), a last line cut short. Bytes that are not UTF-8 are replaced with U+FFFD and
 * the record kept, with a warning: one bad byte in an abstract should not lose the paper, and the
 * warning points at it. A gzip stream that ends early keeps the records before the break and
 * reports the rest of the file lost. An empty file is reported skipped. Line numbers count physical
 * lines, blank ones included.
 */
public final class JsonLinesReader implements CorpusReader {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final String[] ABSTRACT_FIELDS = {"abstract", "summary", "text"};
    private static final List<String> DATE_FIELDS = List.of("date", "published");
    private static final java.time.format.DateTimeFormatter RFC_1123 =
            java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME;

    private final int maxLineBytes;

    /** A reader with the default line limit of 1 MB. */
    public JsonLinesReader() {
        this(LineSource.DEFAULT_MAX_LINE_BYTES);
    }

    /** A reader that skips lines longer than {@code maxLineBytes} bytes (at least 1). */
    public JsonLinesReader(int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be >= 1, got " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public void read(InputLocation file, String displayName, Consumer<Paper> sink, ProblemHandler problems)
            throws IOException {
        FileState state = new FileState(displayName);
        LineSource lines = null;
        try {
            lines = new LineSource(Inputs.open(file), maxLineBytes);
            for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
                if (line.tooLong() || !line.text().isBlank()) {
                    state.records++;
                    readLine(line, state, sink, problems);
                }
            }
        } catch (EOFException | ZipException e) {
            long after = lines == null ? 0 : lines.lineNumber();
            problems.skipped(new SourceRef(displayName, after + 1), "truncated gzip: the compressed data ends or"
                    + " breaks after line " + after + " (" + e.getMessage() + "); the records before it were"
                    + " kept, the rest of the file is lost; re-download or re-compress the file");
        } finally {
            if (lines != null) {
                lines.close();
            }
        }
        if (state.records == 0) {
            problems.skipped(new SourceRef(displayName, 0), "empty file: no JSON lines in it");
        }
        if (state.titledById > 0) {
            problems.warning(new SourceRef(displayName, state.firstTitledById),
                    "no title: " + state.titledById + (state.titledById == 1 ? " record has" : " records have")
                            + " no title, so the record id was used as the title (first at line "
                            + state.firstTitledById + ")");
        }
    }

    /** Per-file counts. */
    private static final class FileState {
        final String name;
        long records;
        long titledById;
        long firstTitledById;

        FileState(String name) {
            this.name = name;
        }
    }

    private void readLine(LineSource.Line line, FileState state, Consumer<Paper> sink, ProblemHandler problems) {
        SourceRef where = new SourceRef(state.name, line.number());
        if (line.tooLong()) {
            problems.skipped(where, "line too long: " + line.byteLength() + " bytes, over the limit of "
                    + maxLineBytes + "; the record was not read (is the file really one record per line?)");
            return;
        }
        if (line.invalidUtf8At() > 0) {
            problems.damaged(where, "invalid UTF-8: bytes at column " + line.invalidUtf8At()
                    + " (and maybe later) are not UTF-8 and were replaced with U+FFFD; save the file as UTF-8");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line.text());
        } catch (JsonProcessingException e) {
            problems.skipped(where, jsonProblem(e, line));
            return;
        }
        if (node == null || !node.isObject()) {
            problems.skipped(where, "not a JSON object: the line holds a JSON "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))
                    + ", but each line must be one object with a title and an abstract");
            return;
        }
        String id = text(node.get("id"));
        String title = text(node.get("title"));
        String abstractText = null;
        for (String field : ABSTRACT_FIELDS) {
            abstractText = text(node.get(field));
            if (abstractText != null) {
                break;
            }
        }
        String record = id == null ? "the record" : "record " + id;
        if (abstractText == null) {
            problems.skipped(where, (title == null ? "no title or abstract: " : "no abstract: ") + record
                    + " has no non-empty \"abstract\", \"summary\" or \"text\"; add one or remove the line");
            return;
        }
        if (title == null) {
            if (id == null) {
                problems.skipped(where, "no title: the record has neither a \"title\" nor an \"id\" to stand for"
                        + " one; add a title");
                return;
            }
            title = id;
            if (state.titledById++ == 0) {
                state.firstTitledById = line.number();
            }
        }
        Draft draft = new Draft(id, title, abstractText, date(node, where, problems), null, categories(node), where);
        draft.emit(sink, problems);
    }

    private static String jsonProblem(JsonProcessingException e, LineSource.Line line) {
        if (e instanceof JsonEOFException && !line.terminated()) {
            return "truncated line: the last line ends before its JSON object does (the file was cut short?);"
                    + " the partial record was not read";
        }
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        if (newline > 0) {
            message = message.substring(0, newline);
        }
        long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return "invalid JSON: " + message + (column > 0 ? " at column " + column : "") + "; fix or remove the line";
    }

    /** The value as text (a string, or a number for ids), or null when absent, null, another JSON type, or blank. */
    private static String text(JsonNode value) {
        if (value == null || !(value.isTextual() || value.isNumber())) {
            return null;
        }
        String s = value.asText();
        return s.isBlank() ? null : s;
    }

    private static LocalDate date(JsonNode node, SourceRef where, ProblemHandler problems) {
        if (DATE_FIELDS.stream().noneMatch(f -> node.hasNonNull(f))) {
            return snapshotDate(node, where, problems);
        }
        for (String field : DATE_FIELDS) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                problems.warning(where, "bad date: \"" + field + "\" is a JSON " + value.getNodeType().toString()
                        .toLowerCase(java.util.Locale.ROOT) + ", not a string (" + Dates.EXPECTED
                        + "); the record is kept without a date");
                return null;
            }
            try {
                return Dates.parse(value.asText());
            } catch (IllegalArgumentException e) {
                problems.warning(where, "bad date: " + e.getMessage() + "; the record is kept without a date");
                return null;
            }
        }
        return null;
    }

    /**
     * The date of a Kaggle arXiv metadata snapshot record: its first version's {@code created}
     * ({@code "Mon, 2 Apr 2007 19:18:42 GMT"}), the day it was submitted, else its
     * {@code update_date}; null when it has neither.
     */
    private static LocalDate snapshotDate(JsonNode node, SourceRef where, ProblemHandler problems) {
        JsonNode versions = node.get("versions");
        if (versions != null && versions.isArray() && !versions.isEmpty()) {
            JsonNode created = versions.get(0).get("created");
            if (created != null && created.isTextual()) {
                try {
                    return java.time.ZonedDateTime.parse(created.asText().strip(), RFC_1123).toLocalDate();
                } catch (java.time.format.DateTimeParseException e) {
                    problems.warning(where, "bad date: versions[0].created \"" + Dates.abbreviate(created.asText())
                            + "\" is not an RFC 1123 date (Mon, 2 Apr 2007 19:18:42 GMT); update_date is used");
                }
            }
        }
        JsonNode updated = node.get("update_date");
        if (updated != null && updated.isTextual()) {
            try {
                return Dates.parse(updated.asText());
            } catch (IllegalArgumentException e) {
                problems.warning(where, "bad date: " + e.getMessage() + "; the record is kept without a date");
            }
        }
        return null;
    }

    private static List<String> categories(JsonNode node) {
        JsonNode value = node.get("categories");
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isTextual() && !item.asText().isBlank()) {
                    out.add(item.asText().strip());
                }
            }
        } else if (value.isTextual()) {
            out.addAll(Categories.split(value.asText()));
        }
        return out;
    }
}
