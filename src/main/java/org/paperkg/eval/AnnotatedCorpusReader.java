package org.paperkg.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.paperkg.ingest.SourceRef;

/**
 * Streams the annotated corpora of {@code shared/corpora/*}{@code /*.jsonl} (SciERC, SciREX
 * abstracts, TDMSci), which share one schema: {@code {"id","title","text","entities":[{"start",
 * "end","type","text"}],"relations":[...]}}, SciREX adding {@code salient_cluster},
 * {@code title_entities} and {@code results}.
 *
 * <p>Unknown keys are ignored, so that new corpus extras do not break the reader; spans outside
 * the text are not, since every score computed from them would be wrong.
 *
 * <pre>{@code
 * AnnotatedCorpusReader.read(Path.of("../shared/corpora/scierc/dev.jsonl"), doc -> ...);
 * }</pre>
 */
public final class AnnotatedCorpusReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private AnnotatedCorpusReader() {
    }

    /** Hands each record to {@code sink}, in file order, one at a time. */
    public static void read(Path file, Consumer<? super AnnotatedDoc> sink) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long no = 0;
            while ((line = in.readLine()) != null) {
                no++;
                if (!line.isBlank()) {
                    sink.accept(parseLine(file, no, line));
                }
            }
        }
    }

    /** All records of a file; for the small splits and for tests. */
    public static List<AnnotatedDoc> readAll(Path file) throws IOException {
        List<AnnotatedDoc> docs = new ArrayList<>();
        read(file, docs::add);
        return docs;
    }

    static AnnotatedDoc parseLine(Path file, long lineNo, String line) throws GoldFormatException {
        RawDoc raw;
        try {
            raw = JSON.readValue(line, RawDoc.class);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(file, lineNo, "not an annotated-corpus record: " + e.getOriginalMessage(), e);
        }
        if (raw == null || raw.id() == null || raw.text() == null) {
            throw new GoldFormatException(file, lineNo, "record needs \"id\" and \"text\"");
        }
        try {
            return new AnnotatedDoc(raw.id(), raw.title(), raw.text(),
                    mentions(raw.entities(), raw.text(), "entities"),
                    mentions(raw.titleEntities(), raw.title() == null ? "" : raw.title(), "title_entities"),
                    raw.results() == null ? List.of() : raw.results().stream().map(RawResult::toTuple).toList(),
                    new SourceRef(file.toString(), lineNo));
        } catch (IllegalArgumentException e) {
            throw new GoldFormatException(file, lineNo, "record '" + raw.id() + "': " + e.getMessage(), e);
        }
    }

    private static List<AnnotatedDoc.Mention> mentions(List<RawMention> raw, String text, String field) {
        if (raw == null) {
            return List.of();
        }
        List<AnnotatedDoc.Mention> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            RawMention m = raw.get(i);
            if (m.type() == null || m.start() < 0 || m.end() < m.start() || m.end() > text.length()) {
                throw new IllegalArgumentException(field + "[" + i + "] span [" + m.start() + "," + m.end()
                        + ") of type " + m.type() + " does not fit a text of length " + text.length());
            }
            out.add(new AnnotatedDoc.Mention(m.start(), m.end(), m.type(), m.text(), m.salientCluster()));
        }
        return out;
    }

    private record RawDoc(String id, String title, String text, List<RawMention> entities,
                          @JsonProperty("title_entities") List<RawMention> titleEntities,
                          List<RawResult> results) {
    }

    private record RawMention(int start, int end, String type, String text,
                              @JsonProperty("salient_cluster") String salientCluster) {
    }

    private record RawResult(String method, String dataset, String metric, String task, String score,
                             @JsonProperty("score_in_text") boolean scoreInText,
                             @JsonProperty("roles_mentioned_in_text") List<String> rolesMentionedInText) {

        AnnotatedDoc.ResultTuple toTuple() {
            return new AnnotatedDoc.ResultTuple(method, dataset, metric, task, score, scoreInText,
                    rolesMentionedInText);
        }
    }
}
