package org.paperkg.ingest;

import java.io.EOFException;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV with a header row (RFC 4180: comma-separated, double quotes, quoted fields may span
 * lines), plain or gzip-compressed, in UTF-8.
 *
 * <p>Columns are found by header name, ignoring case and surrounding spaces: {@code title} and
 * {@code abstract} (or {@code summary} or {@code text}) are required; {@code id}, {@code date}
 * (or {@code published}) and {@code categories} (separated by {@code ;} or spaces) are optional and
 * other columns are ignored. A file without a required column is skipped whole, with a message
 * listing the columns it has and the ones it needs.
 *
 * <p>A record without title or abstract is skipped; a bad date is a warning. A value holding
 * U+FFFD (what invalid UTF-8 bytes decode to) gets a warning and is kept. A record longer than
 * 1 M characters, which usually means an unbalanced quote has swallowed the rest of the file, and
 * any other CSV syntax error, end reading at that point: the records before it are kept and the
 * rest of the file is reported skipped, since CSV cannot be resynchronised reliably.
 */
public final class CsvReader implements CorpusReader {

    private static final int MAX_RECORD_CHARS = 1 << 20;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(false)
            .get();

    /** Accepted header names for each column, first choice first. */
    private static final Map<String, List<String>> COLUMNS = columns();

    @Override
    public void read(InputLocation file, String displayName, Consumer<Paper> sink, ProblemHandler problems)
            throws IOException {
        long nextLine = 1;
        try (CappedReader reader = new CappedReader(
                        new InputStreamReader(Inputs.open(file), StandardCharsets.UTF_8), MAX_RECORD_CHARS);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            Map<String, Integer> index = null;
            long count = 0;
            try {
                while (true) {
                    long start = parser.getCurrentLineNumber() + 1;
                    nextLine = start;
                    reader.startRecord();
                    if (!records.hasNext()) {
                        break;
                    }
                    CSVRecord record = records.next();
                    if (index == null) {
                        index = header(record, displayName, problems);
                        if (index == null) {
                            return;
                        }
                        continue;
                    }
                    if (record.size() == 1 && record.get(0).isBlank()) {
                        continue; // blank line
                    }
                    count++;
                    readRecord(record, index, new SourceRef(displayName, start), sink, problems);
                }
            } catch (UncheckedIOException e) {
                stopped(e.getCause(), new SourceRef(displayName, nextLine), count, problems);
                return;
            }
            if (index == null) {
                problems.skipped(new SourceRef(displayName, 0), "empty file: no header row and no records");
            } else if (count == 0) {
                problems.skipped(new SourceRef(displayName, 0), "empty file: a header row but no records");
            }
        } catch (EOFException | ZipException e) {
            stopped(e, new SourceRef(displayName, nextLine), -1, problems);
        }
    }

    private static void stopped(IOException cause, SourceRef where, long kept, ProblemHandler problems)
            throws IOException {
        String keptText = kept < 0 ? "the records before it were kept" : "the " + kept + " records before it were kept";
        if (cause instanceof RecordTooLongException) {
            problems.skipped(where, "record too long: the record starting here runs past " + MAX_RECORD_CHARS
                    + " characters (an unbalanced quote?); " + keptText + ", the rest of the file was not read");
        } else if (cause instanceof EOFException || cause instanceof ZipException) {
            problems.skipped(where, "truncated gzip: the compressed data ends or breaks here (" + cause.getMessage()
                    + "); " + keptText + ", the rest of the file is lost");
        } else if (cause instanceof CSVException || (cause != null && cause.getClass() == IOException.class)) {
            // commons-csv reports syntax errors as CSVException, some (end of input in a quote) as IOException
            problems.skipped(where, "invalid CSV: " + cause.getMessage() + "; " + keptText
                    + ", the rest of the file was not read");
        } else if (cause != null) {
            throw cause;
        }
    }

    /** Column name to index, or null after reporting the file skipped for a missing column. */
    private static Map<String, Integer> header(CSVRecord record, String file, ProblemHandler problems) {
        List<String> found = new ArrayList<>();
        for (String name : record) {
            found.add(name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> column : COLUMNS.entrySet()) {
            for (String name : column.getValue()) {
                int at = found.indexOf(name);
                if (at >= 0) {
                    index.put(column.getKey(), at);
                    break;
                }
            }
        }
        List<String> missing = new ArrayList<>();
        if (!index.containsKey("title")) {
            missing.add("title");
        }
        if (!index.containsKey("abstract")) {
            missing.add("abstract (or summary or text)");
        }
        if (!missing.isEmpty()) {
            problems.skipped(new SourceRef(file, 1), "missing columns: the header has no " + String.join(" and ", missing)
                    + " column; found " + found + ", needed title and abstract (or summary or text), optional id,"
                    + " date, categories; the file was not read");
            return null;
        }
        return index;
    }

    private static void readRecord(CSVRecord record, Map<String, Integer> index, SourceRef where,
            Consumer<Paper> sink, ProblemHandler problems) {
        String title = value(record, index, "title");
        String abstractText = value(record, index, "abstract");
        String id = value(record, index, "id");
        String row = id == null ? "the record" : "record " + id;
        if (title == null || abstractText == null) {
            String what = title == null && abstractText == null ? "no title or abstract: "
                    : title == null ? "no title: " : "no abstract: ";
            problems.skipped(where, what + row + " has an empty or missing "
                    + (title == null ? "title" : "abstract") + (title == null && abstractText == null ? " and abstract" : "")
                    + " (the row has " + record.size() + " fields)");
            return;
        }
        for (String v : record) {
            if (v.indexOf('\uFFFD') >= 0) {
                problems.damaged(where, "invalid UTF-8: the record holds U+FFFD replacement characters, probably bytes"
                        + " that were not UTF-8; save the file as UTF-8");
                break;
            }
        }
        String dateText = value(record, index, "date");
        LocalDate date = null;
        if (dateText != null) {
            try {
                date = Dates.parse(dateText);
            } catch (IllegalArgumentException e) {
                problems.warning(where, "bad date: " + e.getMessage() + "; the record is kept without a date");
            }
        }
        String categories = value(record, index, "categories");
        new Draft(id, title, abstractText, date, null,
                categories == null ? List.of() : Categories.split(categories), where).emit(sink, problems);
    }

    private static String value(CSVRecord record, Map<String, Integer> index, String column) {
        Integer at = index.get(column);
        if (at == null || at >= record.size()) {
            return null;
        }
        String v = record.get(at);
        return v.isBlank() ? null : v;
    }

    private static Map<String, List<String>> columns() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("title", List.of("title"));
        m.put("abstract", List.of("abstract", "summary", "text"));
        m.put("id", List.of("id"));
        m.put("date", List.of("date", "published"));
        m.put("categories", List.of("categories", "category"));
        return m;
    }

    /** Thrown by {@link CappedReader} when one record runs past the cap. */
    private static final class RecordTooLongException extends IOException {
        RecordTooLongException(int cap) {
            super("record longer than " + cap + " characters");
        }
    }

    /**
     * Counts characters since {@link #startRecord()} and fails past the cap, so that a runaway
     * quoted field cannot pull a whole file into memory. The parser reads ahead in blocks, so the
     * count runs up to one buffer ahead of the record; the cap is far above that.
     */
    private static final class CappedReader extends FilterReader {
        private final int cap;
        private long count;

        CappedReader(Reader in, int cap) {
            super(in);
            this.cap = cap;
        }

        void startRecord() {
            count = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && ++count > cap) {
                throw new RecordTooLongException(cap);
            }
            return c;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
                if (count > cap + (long) len) {
                    throw new RecordTooLongException(cap);
                }
            }
            return n;
        }
    }
}
