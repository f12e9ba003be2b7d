package org.paperkg.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * Reads text copied from a daily-papers listing page (the files in {@code seeds/}): a few header
 * lines, optionally a date line such as {@code Mar 12}, then papers as a title line followed by an
 * abstract line, with or without blank lines between them.
 *
 * <pre>
 * new
 * Get trending papers in your email inbox!
 * Subscribe
 * byAK and the research community
 * Mar 12
 * Dyna-bAbI: unlocking bAbI's potential with dynamic synthetic benchmarking
 * While neural language models often perform surprisingly well on ...
 * </pre>
 *
 * <p>Header lines are dropped wherever they occur, and a header glued to the start of a title
 * ({@code SubscribeAraELECTRA: ...}, as copying a page can produce) is cut off with a warning. A date
 * line sets the {@linkplain Paper#listingDate() listing date} of the papers after it; the page
 * gives no year, so it is a {@link MonthDay}. A paper's source line is its title's line.
 *
 * <p><b>Telling titles from abstracts.</b> Lines simply alternate, title then abstract, and that
 * alone reads every seed file right. To recover when a page lost a line, the shape of the lines is
 * checked as well: titles are short (the longest in the seeds is 153 characters) and do not end
 * with a full stop; abstracts are long (the shortest in the seeds is 635) or end with one. A line
 * of more than {@value #ABSTRACT_LENGTH} characters, or ending in a full stop, is abstract-shaped;
 * any other line is title-shaped. Then:
 * <ul>
 *   <li>an abstract-shaped line where a title should be is an abstract without its title: skipped;
 *   <li>a title followed by a title-shaped line that is itself followed by an abstract-shaped line
 *       lost its abstract: skipped, and pairing resumes with the second title;
 *   <li>a date line re-synchronises: a title waiting for its abstract there lost it (skipped);
 *   <li>a title at the end of the file, without its abstract, is skipped too.
 * </ul>
 * Each loss is reported on its own, so one missing line costs one paper and never shifts the
 * pairs after it. A short title-shaped line after a title that is not followed by an abstract is
 * taken as that title's abstract (a numeric or unpunctuated abstract; the record gets a warning
 * when it holds no words).
 *
 * <p><b>Dates.</b> A line such as {@code Mar 12} or {@code March 12} is a date line; one naming a
 * day the month does not have ({@code Feb 31}, {@code Jun 99}) is still a date line, never a
 * title: it gets a warning and the papers after it have no listing day until the next good date.
 *
 * <p><b>Damage.</b> NUL bytes inside a line (a page saved by a broken tool) are removed with a
 * warning and the line is read; bytes that are not UTF-8 are replaced with U+FFFD, which loses
 * text, so the record is reported damaged.
 */
public final class ListingPageReader implements CorpusReader {

    /** Lines longer than this many characters are taken to be abstracts, never titles. */
    static final int ABSTRACT_LENGTH = 300;

    /** The header lines of a listing page, dropped wherever they appear. */
    static final List<String> HEADERS = List.of(
            "Get trending papers in your email inbox once a day!",
            "Get trending papers in your email inbox!",
            "byAK and the research community",
            "Subscribe",
            "new");

    private static final Pattern DATE = Pattern.compile(
            "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2})");

    private final int maxLineBytes;

    public ListingPageReader() {
        this(LineSource.DEFAULT_MAX_LINE_BYTES);
    }

    /** A reader that skips lines longer than {@code maxLineBytes} bytes (at least 1). */
    public ListingPageReader(int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be >= 1, got " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
    }

    /** One line that is neither blank nor a header: a title or abstract line, or a date line. */
    private record Item(SourceRef where, String text, MonthDay listingDate, boolean tooLong, long bytes,
            boolean date) {

        boolean abstractShaped() {
            return !date && (tooLong || text.length() > ABSTRACT_LENGTH || text.endsWith("."));
        }

        boolean titleShaped() {
            return !date && !abstractShaped();
        }
    }

    @Override
    public void read(InputLocation file, String displayName, Consumer<Paper> sink, ProblemHandler problems)
            throws IOException {
        try (LineSource lines = new LineSource(Inputs.open(file), maxLineBytes)) {
            Items items = new Items(lines, displayName, problems);
            pair(items, sink, problems);
            if (items.broken != null) {
                // reported after pairing, so that the last whole paper before the break is kept
                problems.skipped(new SourceRef(displayName, lines.lineNumber() + 1), "truncated gzip: the"
                        + " compressed data ends or breaks after line " + lines.lineNumber() + " ("
                        + items.broken.getMessage() + "); the papers before it were kept, the rest of the file is lost");
            }
            if (lines.lineNumber() == 0 || !items.sawText) {
                problems.skipped(new SourceRef(displayName, 0), "empty file: no papers in it");
            }
        }
    }

    private void pair(Items items, Consumer<Paper> sink, ProblemHandler problems) throws IOException {
        Item pending = null;
        Item current = items.next();
        while (current != null) {
            Item next = items.next();
            if (current.date()) {
                if (pending != null) {
                    problems.skipped(pending.where(), "title without abstract: the title " + Draft.quote(pending.text())
                            + " is followed by the date line at line " + current.where().line()
                            + "; its abstract line is probably missing");
                }
                pending = null;
            } else if (pending == null) {
                if (current.tooLong()) {
                    problems.skipped(current.where(), "line too long: " + current.bytes() + " bytes, over the limit"
                            + " of " + maxLineBytes + "; the line was not read");
                } else if (current.abstractShaped()) {
                    problems.skipped(current.where(), "abstract without title: a " + length(current)
                            + " line where a title should be; the line before it is probably missing");
                } else {
                    pending = current;
                }
            } else if (current.titleShaped() && next != null && next.abstractShaped()) {
                problems.skipped(pending.where(), "title without abstract: the title " + Draft.quote(pending.text())
                        + " is followed by another title; its abstract line is probably missing");
                pending = current;
            } else {
                emit(pending, current, sink, problems);
                pending = null;
            }
            current = next;
        }
        if (pending != null) {
            problems.skipped(pending.where(), "title without abstract: the file ends after the title "
                    + Draft.quote(pending.text()) + " (cut short?)");
        }
    }

    private void emit(Item title, Item abstractLine, Consumer<Paper> sink, ProblemHandler problems) {
        if (abstractLine.tooLong()) {
            problems.skipped(title.where(), "line too long: the abstract at line " + abstractLine.where().line()
                    + " has " + abstractLine.bytes() + " bytes, over the limit of " + maxLineBytes);
            return;
        }
        new Draft(null, title.text(), abstractLine.text(), null, title.listingDate(), List.of(), title.where())
                .emit(sink, problems);
    }

    private static String length(Item item) {
        return item.tooLong() ? item.bytes() + "-byte" : item.text().length() + "-character";
    }

    /** The lines that carry papers, with headers, blank lines and dates taken out. */
    private static final class Items {
        private final LineSource lines;
        private final String name;
        private final ProblemHandler problems;
        private MonthDay listingDate;
        boolean sawText;
        IOException broken;

        Items(LineSource lines, String name, ProblemHandler problems) {
            this.lines = lines;
            this.name = name;
            this.problems = problems;
        }

        /** The next item, or null at the end of the input or at a break in compressed input ({@link #broken}). */
        Item next() throws IOException {
            try {
                return read();
            } catch (EOFException | ZipException e) {
                broken = e;
                return null;
            }
        }

        private Item read() throws IOException {
            if (broken != null) {
                return null;
            }
            for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
                SourceRef where = new SourceRef(name, line.number());
                if (line.tooLong()) {
                    sawText = true;
                    return new Item(where, "", listingDate, true, line.byteLength(), false);
                }
                String text = line.text();
                if (text.indexOf('\u0000') >= 0) {
                    problems.warning(where, "NUL byte: the line holds NUL bytes (first at character "
                            + (text.indexOf('\u0000') + 1) + "), removed; the rest of the line was read");
                    text = text.replace("\u0000", "");
                }
                text = text.strip();
                if (text.isEmpty() || HEADERS.contains(text)) {
                    continue;
                }
                sawText = true;
                DateLine date = dateLine(text);
                if (date != null) {
                    if (date.day() == null) {
                        problems.warning(where, "impossible date: " + Draft.quote(text) + " names a day the month"
                                + " does not have; the papers after it have no listing day until the next date line");
                    }
                    listingDate = date.day();
                    return new Item(where, text, null, false, line.byteLength(), true);
                }
                if (line.invalidUtf8At() > 0) {
                    problems.damaged(where, "invalid UTF-8: bytes at column " + line.invalidUtf8At()
                            + " are not UTF-8 and were replaced with U+FFFD; save the file as UTF-8");
                }
                return new Item(where, unglue(text, where), listingDate, false, line.byteLength(), false);
            }
            return null;
        }

        /** Cuts a header off the start of a line ("SubscribeAraELECTRA: ..."); "new" is too common a word to cut. */
        private String unglue(String text, SourceRef where) {
            for (String header : HEADERS) {
                if (!header.equals("new") && text.startsWith(header) && text.length() > header.length()
                        && !Character.isLowerCase(text.charAt(header.length()))) {
                    String rest = text.substring(header.length()).strip();
                    problems.warning(where, "header glued to title: \"" + header + "\" cut from the start of the"
                            + " line, the title is " + Draft.quote(rest));
                    return unglue(rest, where);
                }
            }
            return text;
        }
    }

    /** A date line: its day, or null when the month has no such day ({@code Feb 31}). */
    record DateLine(MonthDay day) {
    }

    /** The day of a date line such as {@code Mar 12} or {@code March 12}, or null when the line is not one or names no real day. */
    static MonthDay parseDate(String line) {
        DateLine date = dateLine(line);
        return date == null ? null : date.day();
    }

    /** The line as a date line, or null when it is not date-shaped at all. */
    static DateLine dateLine(String line) {
        Matcher m = DATE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String word = line.substring(0, line.indexOf(' ')).replace(".", "");
        Month month = Month.valueOf(monthName(m.group(1)));
        String full = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        if (!full.startsWith(word) && !(word.equals("Sept") && month == Month.SEPTEMBER)) {
            return null; // "Marvel 12" is not a date
        }
        try {
            return new DateLine(MonthDay.of(month, Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return new DateLine(null);
        }
    }

    private static String monthName(String abbreviation) {
        for (Month month : Month.values()) {
            if (month.name().startsWith(abbreviation.toUpperCase(Locale.ROOT))) {
                return month.name();
            }
        }
        throw new IllegalStateException("no month " + abbreviation);
    }
}
