package org.paperkg.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads Hugging Face's daily-papers API answer ({@code curl
 * https://huggingface.co/api/daily_papers?date=2025-07-02 > day.json}): one JSON array of
 * records, read one record at a time.
 *
 * <pre>
 * [{"paper": {"id": "2507.01234", "title": "...", "summary": "...", "publishedAt": "2025-07-01T17:59:00.000Z",
 *             "authors": [{"name": "..."}], "upvotes": 12, "githubRepo": "https://github.com/org/repo",
 *             "projectPage": "https://..."},
 *   "publishedAt": "2025-07-02T02:10:00.000Z", "title": "...", "numComments": 3}, ...]
 * </pre>
 *
 * <p>{@code paper.id} is the arXiv id; {@code paper.title} (else the top-level {@code title}) the
 * title; {@code paper.summary} the abstract; {@code paper.publishedAt}'s day the paper's date
 * ({@code dcterms:issued}); the top-level {@code publishedAt}'s day, when the paper was listed,
 * its listing day (a month and day, as on the listing pages); {@code paper.githubRepo}, when it is
 * an http(s) URL, a code repository with evidence naming the field. Authors, upvotes, comments and
 * the project page are not read. A record without {@code paper}, title or summary is skipped and
 * reading goes on; invalid JSON ends the file there (an array cannot be re-entered), with the
 * records before it kept.
 */
public final class DailyPapersReader implements CorpusReader {

    /** The field a code repository comes from, named in its evidence. */
    static final String GITHUB_FIELD = "paper.githubRepo";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void read(InputLocation file, String displayName, Consumer<Paper> sink, ProblemHandler problems)
            throws IOException {
        long records = 0;
        try (InputStream in = Inputs.open(file); JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                problems.skipped(new SourceRef(displayName, 1), "not a daily-papers file: it does not hold one JSON"
                        + " array of records");
                return;
            }
            while (true) {
                long line = 0;
                try {
                    JsonToken token = parser.nextToken();
                    line = parser.currentTokenLocation().getLineNr();
                    if (token == JsonToken.END_ARRAY || token == null) {
                        break;
                    }
                    JsonNode node = MAPPER.readTree(parser);
                    records++;
                    record(node, new SourceRef(displayName, line), sink, problems);
                } catch (JsonProcessingException e) {
                    problems.skipped(new SourceRef(displayName, Math.max(line, 1)), "invalid JSON: "
                            + e.getOriginalMessage().lines().findFirst().orElse("") + "; the records before it were"
                            + " kept, the rest of the file is lost");
                    return;
                }
            }
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            problems.skipped(new SourceRef(displayName, 0), "truncated gzip: " + e.getMessage()
                    + "; the records before the break were kept, the rest of the file is lost");
        }
        if (records == 0) {
            problems.skipped(new SourceRef(displayName, 0), "empty file: the array holds no papers");
        }
    }

    private static void record(JsonNode node, SourceRef where, Consumer<Paper> sink, ProblemHandler problems) {
        JsonNode paper = node.get("paper");
        if (paper == null || !paper.isObject()) {
            problems.skipped(where, "no paper: the record has no \"paper\" object (is this a daily-papers file?)");
            return;
        }
        String id = text(paper.get("id"));
        String title = text(paper.get("title"));
        if (title == null) {
            title = text(node.get("title"));
        }
        String summary = text(paper.get("summary"));
        String record = id == null ? "the record" : "record " + id;
        if (title == null || summary == null) {
            problems.skipped(where, (title == null ? "no title: " : "no abstract: ") + record + " has no "
                    + (title == null ? "\"paper.title\" or \"title\"" : "\"paper.summary\"") + "; it was not read");
            return;
        }
        LocalDate issued = day(paper.get("publishedAt"), "paper.publishedAt", where, problems);
        LocalDate listed = day(node.get("publishedAt"), "publishedAt", where, problems);
        MonthDay listingDay = listed == null ? null : MonthDay.from(listed);
        List<SourceLink> links = List.of();
        String repo = text(paper.get("githubRepo"));
        if (repo != null) {
            if (SourceLink.isHttpUrl(repo)) {
                links = List.of(new SourceLink(GITHUB_FIELD, repo.strip()));
            } else {
                problems.warning(where, "bad URL: " + GITHUB_FIELD + " " + Draft.quote(repo)
                        + " is not an http(s) URL; the paper is kept without it");
            }
        }
        new Draft(id, title, summary, issued, listingDay, List.of(), where, links).emit(sink, problems);
    }

    private static LocalDate day(JsonNode value, String field, SourceRef where, ProblemHandler problems) {
        String s = text(value);
        if (s == null) {
            return null;
        }
        try {
            return Dates.parse(s);
        } catch (IllegalArgumentException e) {
            problems.warning(where, "bad date: " + field + ": " + e.getMessage() + "; the record is kept without it");
            return null;
        }
    }

    private static String text(JsonNode value) {
        if (value == null || !(value.isTextual() || value.isNumber())) {
            return null;
        }
        String s = value.asText();
        return s.isBlank() ? null : s;
    }
}
