package org.paperkg.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads Atom feeds as the arXiv API returns them, one paper per {@code <entry>}, streaming with
 * StAX so a feed of any size is read in bounded memory.
 *
 * <pre>{@code
 * <feed xmlns="http://www.w3.org/2005/Atom">
 *   <entry>
 *     <id>http://arxiv.org/abs/2101.00001v1</id>
 *     <published>2021-01-01T00:00:00Z</published>
 *     <title>...</title>
 *     <summary>...</summary>
 *     <category term="cs.CL"/>
 *   </entry>
 * </feed>
 * }</pre>
 *
 * <p>{@code id} becomes the record id and, when it is an arXiv URL, the arXiv id; {@code published}
 * (or {@code updated}) the date; the {@code term}s of {@code category} elements the categories,
 * arXiv's {@code primary_category} first. Elements are matched by local name, so a feed without the
 * Atom namespace reads the same.
 *
 * <p>DTDs and external entities are switched off: a feed cannot make the reader open other files
 * or URLs (XXE), and a document that declares them is malformed input. When the XML breaks, the
 * entries read so far are kept and the rest of the file is reported skipped with the line and
 * column of the break. A title or summary over 1 M characters skips its entry.
 */
public final class AtomReader implements CorpusReader {

    private static final int MAX_FIELD_CHARS = 1 << 20;
    private static final XMLInputFactory FACTORY = factory();

    @Override
    public void read(InputLocation file, String displayName, Consumer<Paper> sink, ProblemHandler problems)
            throws IOException {
        Parse parse = new Parse(displayName, sink, problems);
        XMLStreamReader xml = null;
        try (InputStream in = Inputs.open(file)) {
            xml = FACTORY.createXMLStreamReader(in);
            parse.run(xml);
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof EOFException || e.getNestedException() instanceof ZipException) {
                parse.truncated(e.getNestedException());
            } else {
                parse.malformed(e);
            }
        } catch (EOFException | ZipException e) {
            parse.truncated(e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // closing after a parse error: nothing left to report
                }
            }
        }
        if (parse.entries == 0 && !parse.failed) {
            problems.skipped(new SourceRef(displayName, 0), "empty file: the feed has no <entry> elements");
        }
    }

    /** State of one file's parse. */
    private static final class Parse {
        private final String name;
        private final Consumer<Paper> sink;
        private final ProblemHandler problems;
        long entries;
        boolean failed;
        private long line;

        private Entry entry;
        private String field;
        private final StringBuilder text = new StringBuilder();
        private boolean fieldTooLong;

        Parse(String name, Consumer<Paper> sink, ProblemHandler problems) {
            this.name = name;
            this.sink = sink;
            this.problems = problems;
        }

        void run(XMLStreamReader xml) throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                line = xml.getLocation().getLineNumber();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> start(xml);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (field != null && !fieldTooLong) {
                            if (text.length() + xml.getTextLength() > MAX_FIELD_CHARS) {
                                fieldTooLong = true;
                            } else {
                                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> end(xml.getLocalName());
                    default -> {
                        // comments, processing instructions, document events
                    }
                }
            }
        }

        private void start(XMLStreamReader xml) {
            String local = xml.getLocalName();
            if (local.equals("entry")) {
                entry = new Entry(new SourceRef(name, Math.max(0, xml.getLocation().getLineNumber())));
                return;
            }
            if (entry == null) {
                return;
            }
            switch (local) {
                case "id", "title", "summary", "published", "updated" -> {
                    if (field == null) {
                        field = local;
                        text.setLength(0);
                        fieldTooLong = false;
                    }
                }
                case "category", "primary_category" -> {
                    String term = xml.getAttributeValue(null, "term");
                    if (term != null && !term.isBlank() && !entry.categories.contains(term.strip())) {
                        if (local.equals("primary_category")) {
                            entry.categories.add(0, term.strip());
                        } else {
                            entry.categories.add(term.strip());
                        }
                    }
                }
                default -> {
                    // authors, links, comments: not needed
                }
            }
        }

        private void end(String local) {
            if (entry == null) {
                return;
            }
            if (local.equals(field)) {
                if (fieldTooLong) {
                    entry.tooLong = field;
                } else {
                    entry.put(field, text.toString());
                }
                field = null;
            } else if (local.equals("entry")) {
                entries++;
                entry.emit(sink, problems);
                entry = null;
            }
        }

        void malformed(XMLStreamException e) {
            failed = true;
            Location at = e.getLocation();
            long errorLine = at == null ? line : at.getLineNumber();
            String column = at == null || at.getColumnNumber() < 0 ? "" : ", column " + at.getColumnNumber();
            problems.skipped(new SourceRef(name, Math.max(0, errorLine)), "malformed XML: " + message(e)
                    + " (line " + errorLine + column + "); the " + entries + " entries before it were kept,"
                    + " the rest of the file was not read");
        }

        void truncated(Throwable e) {
            failed = true;
            problems.skipped(new SourceRef(name, Math.max(0, line)), "truncated gzip: the compressed data ends or"
                    + " breaks near line " + line + " (" + e.getMessage() + "); the " + entries
                    + " entries before it were kept, the rest of the file is lost");
        }

        /** The parser's message without its "ParseError at [row,col]" preamble. */
        private static String message(XMLStreamException e) {
            String m = String.valueOf(e.getMessage());
            int i = m.indexOf("Message: ");
            return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
        }
    }

    /** Fields of one entry as read. */
    private static final class Entry {
        final SourceRef where;
        final List<String> categories = new ArrayList<>();
        String id;
        String title;
        String summary;
        String published;
        String updated;
        String tooLong;

        Entry(SourceRef where) {
            this.where = where;
        }

        /** Keeps the first value of each field: a nested {@code <source>} repeats id and title. */
        void put(String field, String value) {
            switch (field) {
                case "id" -> id = id == null ? value.strip() : id;
                case "title" -> title = title == null ? value : title;
                case "summary" -> summary = summary == null ? value : summary;
                case "published" -> published = published == null ? value.strip() : published;
                case "updated" -> updated = updated == null ? value.strip() : updated;
                default -> throw new IllegalStateException("unknown field " + field);
            }
        }

        void emit(Consumer<Paper> sink, ProblemHandler problems) {
            String record = id == null || id.isEmpty() ? "the entry" : "entry " + id;
            if (tooLong != null) {
                problems.skipped(where, "field too long: the <" + tooLong + "> of " + record + " has more than "
                        + MAX_FIELD_CHARS + " characters; the entry was not read");
                return;
            }
            boolean noTitle = title == null || title.isBlank();
            boolean noSummary = summary == null || summary.isBlank();
            if (noTitle || noSummary) {
                String what = noTitle && noSummary ? "no title or abstract: " : noTitle ? "no title: " : "no abstract: ";
                problems.skipped(where, what + record + " has no " + (noTitle ? "<title>" : "")
                        + (noTitle && noSummary ? " or " : "") + (noSummary ? "<summary>" : "") + " text");
                return;
            }
            new Draft(id == null || id.isEmpty() ? null : id, title, summary, date(problems), null, categories,
                    where).emit(sink, problems);
        }

        private LocalDate date(ProblemHandler problems) {
            String value = published != null && !published.isEmpty() ? published : updated;
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Dates.parse(value);
            } catch (IllegalArgumentException e) {
                problems.warning(where, "bad date: " + e.getMessage() + "; the entry is kept without a date");
                return null;
            }
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }
}
