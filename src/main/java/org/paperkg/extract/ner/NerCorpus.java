package org.paperkg.extract.ner;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.paperkg.domain.EntityType;

/**
 * Reads an annotated corpus of {@code shared/corpora} (one JSON record per line: {@code text},
 * {@code entities} with character offsets, SciREX also {@code title} and {@code title_entities})
 * into labelled token sentences for the CRF.
 *
 * <p>A part is a slice of a file's records, so that a held-out block of a train file (TDMSci has
 * no dev split) can be kept apart: {@code new Part("tdmsci-train", file, 0, 1200)}. Mentions of a
 * type outside the four paperkg extracts are ignored (read as outside any entity).
 */
public final class NerCorpus {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * Records {@code [from, to)} of a file, by line order from 0; {@code to = -1} reads to the end.
     *
     * @param name a short name for reports ("scirex-train")
     */
    public record Part(String name, Path file, int from, int to) {

        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(file, "file");
            if (from < 0 || (to != -1 && to < from)) {
                throw new IllegalArgumentException("bad record range [" + from + "," + to + ") of " + file);
            }
        }

        boolean contains(int index) {
            return index >= from && (to == -1 || index < to);
        }
    }

    /**
     * What a part gave.
     *
     * @param sentences labelled token sentences
     * @param records   records read
     * @param mentions  gold mentions of the four types
     * @param partial   tokens a gold span covered only in part (tokenizer and annotators cut differently)
     */
    public record Read(Part part, List<List<CoreLabel>> sentences, int records, int mentions, int partial) {

        public int tokens() {
            return sentences.stream().mapToInt(List::size).sum();
        }
    }

    private NerCorpus() {
    }

    /**
     * Reads a part, tokenising each text (and title, where it has annotations) with {@code tokenizer}.
     *
     * @throws IOException when the file cannot be read or a line is not a corpus record (the
     *                     message names the file and line)
     */
    public static Read read(Part part, NerTokenizer tokenizer) throws IOException {
        List<List<CoreLabel>> sentences = new ArrayList<>();
        int records = 0;
        int mentions = 0;
        int partial = 0;
        try (BufferedReader in = Files.newBufferedReader(part.file(), StandardCharsets.UTF_8)) {
            String line;
            int index = -1;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                index++;
                if (!part.contains(index)) {
                    continue;
                }
                Raw raw;
                try {
                    raw = JSON.readValue(line, Raw.class);
                } catch (JsonProcessingException e) {
                    throw new IOException(part.file() + ", record " + (index + 1) + ": not a corpus record: "
                            + e.getOriginalMessage(), e);
                }
                records++;
                List<NerLabels.Gold> gold = gold(raw.entities());
                mentions += gold.size();
                partial += add(sentences, tokenizer.sentences(raw.text()), gold);
                if (raw.title() != null && raw.titleEntities() != null && !raw.titleEntities().isEmpty()) {
                    List<NerLabels.Gold> tg = gold(raw.titleEntities());
                    mentions += tg.size();
                    partial += add(sentences, tokenizer.sentences(raw.title()), tg);
                }
            }
        }
        return new Read(part, List.copyOf(sentences), records, mentions, partial);
    }

    private static int add(List<List<CoreLabel>> out, List<List<CoreLabel>> sentences, List<NerLabels.Gold> gold) {
        int partial = 0;
        for (List<CoreLabel> s : sentences) {
            partial += NerLabels.label(s, gold);
            out.add(s);
        }
        return partial;
    }

    private static List<NerLabels.Gold> gold(List<RawMention> raw) {
        List<NerLabels.Gold> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        for (RawMention m : raw) {
            EntityType t = type(m.type());
            if (t != null && m.end() > m.start()) {
                out.add(new NerLabels.Gold(m.start(), m.end(), t));
            }
        }
        return out;
    }

    private static EntityType type(String label) {
        return switch (label == null ? "" : label.toLowerCase(Locale.ROOT)) {
            case "method" -> EntityType.METHOD;
            case "task" -> EntityType.TASK;
            case "metric" -> EntityType.METRIC;
            case "dataset", "material" -> EntityType.DATASET;
            default -> null;
        };
    }

    private record Raw(String id, String title, String text, List<RawMention> entities,
                       @JsonProperty("title_entities") List<RawMention> titleEntities) {
    }

    private record RawMention(int start, int end, String type) {
    }
}
