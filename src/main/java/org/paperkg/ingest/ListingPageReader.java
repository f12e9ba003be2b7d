package org.paperkg.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
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
 * checked as well: titles are short (the longest in the seeds is 153 characters) and abstracts long
 * (the shortest is 635). A line of more than {@value #ABSTRACT_LENGTH} characters where a title
 * should be is an abstract without its title and is skipped; a title followed by another
 * title-shaped line (at most {@value #ABSTRACT_LENGTH} characters, no final period) that is itself
 * followed by an abstract-length line lost its abstract and is skipped, and pairing resumes with
 * the next title. A title at the end of the file, without its abstract, is skipped too.
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

    /** One line that is neither blank, nor a header, nor a date. */
    private record Item(SourceRef where, String text, MonthDay listingDate, boolean tooLong, long bytes) {

        boolean abstractShaped() {
            return tooLong || text.length() > ABSTRACT_LENGTH;
        }

        boolean titleShaped() {
            return !tooLong && text.length() <= ABSTRACT_LENGTH && !text.endsWith(".");
        }
    }

    @Override
    public void read(Path file, String displayName, Consumer<Paper> sink, ProblemHandler problems)
            throws IOException {
        try (LineSource lines = new LineSource(Inputs.open(file), maxLineBytes)) {
            Items items = new Items(lines, displayName, problems);
            try {
                pair(items, sink, problems);
            } catch (EOFException | ZipException e) {
                problems.skipped(new SourceRef(displayName, lines.lineNumber() + 1), "truncated gzip: the"
                        + " compressed data ends or breaks after line " + lines.lineNumber() + " (" + e.getMessage()
                        + "); the papers before it were kept, the rest of the file is lost");
            }
            if (lines.lineNumber() == 0 || !items.sawText) {
                problems.warning(new SourceRef(displayName, 0), "empty file: no papers in it");
            }
        }
    }

    private void pair(Items items, Consumer<Paper> sink, ProblemHandler problems) throws IOException {
        Item pending = null;
        Item current = items.next();
        while (current != null) {
            Item next = items.next();
            if (pending == null) {
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

        Items(LineSource lines, String name, ProblemHandler problems) {
            this.lines = lines;
            this.name = name;
            this.problems = problems;
        }

        Item next() throws IOException {
            for (LineSource.Line line = lines.next(); line != null; line = lines.next()) {
                SourceRef where = new SourceRef(name, line.number());
                if (line.tooLong()) {
                    sawText = true;
                    return new Item(where, "", listingDate, true, line.byteLength());
                }
                String text = line.text().strip();
                if (text.isEmpty() || HEADERS.contains(text)) {
                    continue;
                }
                sawText = true;
                MonthDay date = parseDate(text);
                if (date != null) {
                    listingDate = date;
                    continue;
                }
                if (line.invalidUtf8At() > 0) {
                    problems.warning(where, "invalid UTF-8: bytes at column " + line.invalidUtf8At()
                            + " are not UTF-8 and were replaced with U+FFFD; save the file as UTF-8");
                }
                return new Item(where, unglue(text, where), listingDate, false, line.byteLength());
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

    /** The day of a date line such as {@code Mar 12} or {@code March 12}, or null when the line is not one. */
    static MonthDay parseDate(String line) {
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
            return MonthDay.of(month, Integer.parseInt(m.group(2)));
        } catch (DateTimeException e) {
            return null;
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
