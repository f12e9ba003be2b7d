package org.paperkg.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Decides how to read a file from its first 8 KB (decompressed when it is gzip) and its name.
 *
 * <p>Content decides first, because names lie: more than 1% control bytes (NUL and the like)
 * means binary, not read; a first
 * character {@code {} means JSON Lines whatever the extension ({@code .txt} included); {@code [}
 * holding a {@code "paper"} key means Hugging Face's daily papers (any other array is refused); {@code <}
 * with a {@code <feed} means Atom. Otherwise the extension, {@code .gz} removed, decides:
 * {@code .jsonl .ndjson .json}, {@code .csv}, {@code .xml .atom}, and {@code .txt}, which is a
 * listing page unless its first line is a CSV header with title and abstract columns. A file with
 * another extension is still read when its content is recognisable (a CSV header, a listing page's
 * header line); anything else is an unknown type.
 */
final class FormatSniffer {

    static final int HEAD_BYTES = 8192;

    /**
     * A head with more than one control byte (NUL and the other C0 codes but tab, newlines, form
     * feed and escape) in this many is binary; fewer, such as one stray NUL in a page, leave the
     * file to its reader, which repairs or skips the line that holds them.
     */
    static final int BINARY_SHARE = 100;

    private static final Set<String> JSON_EXTENSIONS = Set.of("jsonl", "ndjson", "json");
    private static final Set<String> XML_EXTENSIONS = Set.of("xml", "atom");
    private static final String KNOWN = ".jsonl, .ndjson, .json, .csv, .xml, .atom or .txt, optionally .gz";

    /** A format to read the file with, or why it is not read ({@code problem} in the category: detail form). */
    record Sniff(InputFormat format, String problem) {
        static Sniff of(InputFormat format) {
            return new Sniff(format, null);
        }

        static Sniff skip(String problem) {
            return new Sniff(null, problem);
        }
    }

    private FormatSniffer() {
    }

    static Sniff sniff(InputLocation file) throws IOException {
        byte[] head = new byte[HEAD_BYTES];
        int n = 0;
        try (InputStream in = Inputs.open(file)) {
            int r;
            while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
                n += r;
            }
        } catch (EOFException | ZipException e) {
            if (n == 0) {
                return Sniff.skip("unreadable file: it starts like gzip but cannot be decompressed (" + e.getMessage()
                        + "); re-download or re-compress it");
            }
            // a gzip stream cut short after its start: sniff what was read, the reader reports the break
        }
        int controls = 0;
        int firstNul = -1;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                controls++;
                if (b == 0 && firstNul < 0) {
                    firstNul = i;
                }
            }
        }
        if (controls > n / BINARY_SHARE) {
            return Sniff.skip("binary file: " + controls + " control bytes in the first " + n + " bytes"
                    + (firstNul >= 0 ? " (a NUL at offset " + firstNul + ")" : "") + " (decompressed); paperkg reads"
                    + " text corpora: JSON Lines, CSV, Atom XML, listing pages");
        }
        String text = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "");
        String extension = extension(file);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{")) {
            return Sniff.of(InputFormat.JSON_LINES);
        }
        if (trimmed.startsWith("[")) {
            if (trimmed.contains("\"paper\"") || trimmed.substring(1).strip().startsWith("]")) {
                return Sniff.of(InputFormat.DAILY_PAPERS);
            }
            return Sniff.skip("JSON array: the file holds one JSON array that is not Hugging Face's daily papers"
                    + " (records with a \"paper\" object); convert it to JSON Lines, one object per line");
        }
        if (trimmed.startsWith("<")) {
            return text.contains("<feed") ? Sniff.of(InputFormat.ATOM)
                    : Sniff.skip("unknown XML: only Atom feeds (a <feed> of <entry> elements) are read");
        }
        if (JSON_EXTENSIONS.contains(extension)) {
            return Sniff.of(InputFormat.JSON_LINES);
        }
        if (extension.equals("csv")) {
            return Sniff.of(InputFormat.CSV);
        }
        if (XML_EXTENSIONS.contains(extension)) {
            return Sniff.of(InputFormat.ATOM);
        }
        if (looksLikeCsvHeader(trimmed)) {
            return Sniff.of(InputFormat.CSV);
        }
        if (extension.equals("txt") || looksLikeListing(text)) {
            return Sniff.of(InputFormat.LISTING);
        }
        return Sniff.skip("unknown file type: " + (extension.isEmpty() ? "no extension" : "extension ." + extension)
                + " and content paperkg does not recognise; it reads " + KNOWN);
    }

    /** Whether the file is named like an input: {@value #KNOWN}. */
    static boolean hasInputExtension(InputLocation file) {
        String extension = extension(file);
        return JSON_EXTENSIONS.contains(extension) || XML_EXTENSIONS.contains(extension)
                || extension.equals("csv") || extension.equals("txt");
    }

    /** The lower-case extension without {@code .gz}: {@code abstracts.jsonl.gz} gives {@code jsonl}. */
    static String extension(InputLocation file) {
        String name = file.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    private static boolean looksLikeCsvHeader(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).toLowerCase(Locale.ROOT);
        if (!first.contains(",")) {
            return false;
        }
        boolean title = false;
        boolean body = false;
        for (String cell : first.split(",")) {
            String c = cell.strip().replace("\"", "");
            title |= c.equals("title");
            body |= c.equals("abstract") || c.equals("summary") || c.equals("text");
        }
        return title && body;
    }

    private static boolean looksLikeListing(String text) {
        return text.lines().limit(10).map(String::strip).anyMatch(line -> line.startsWith("Get trending papers")
                || line.equals("byAK and the research community"));
    }
}
