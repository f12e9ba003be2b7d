package org.paperkg.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paperkg.extract.CodeLink;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.ResultMention;
import org.paperkg.extract.Section;
import org.paperkg.ingest.Paper;

/**
 * An extractor for the serve tests that states exactly the facts written into the example corpus
 * ({@code src/test/resources/examples-facts.tsv}), each at its first mention in the text.
 *
 * <p>The server's pages and tests need a graph with known links (a dataset with its papers, a
 * paper with results); building it from the corpus's own fact list keeps them independent of how
 * well the real extractor does, which its own tests measure.
 */
public final class ExampleFactsExtractor implements Extractor {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

    /** One row of the facts file. */
    private record Fact(String field, String value) {
    }

    private final Map<String, List<Fact>> byTitle;

    public ExampleFactsExtractor() {
        this.byTitle = load();
    }

    private static Map<String, List<Fact>> load() {
        Map<String, List<Fact>> out = new HashMap<>();
        try (InputStream in = ExampleFactsExtractor.class.getResourceAsStream("/examples-facts.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] cols = lines[i].split("\t");
                if (cols.length == 3) {
                    out.computeIfAbsent(key(cols[0]), k -> new ArrayList<>()).add(new Fact(cols[1], cols[2].strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public Extraction extract(Paper paper) {
        List<Fact> facts = byTitle.getOrDefault(key(paper.title()), List.of());
        List<ExtractedEntity> entities = new ArrayList<>();
        List<ResultMention> results = new ArrayList<>();
        List<CodeLink> code = new ArrayList<>();
        for (Fact f : facts) {
            switch (f.field()) {
                case "method" -> entity(paper, EntityType.METHOD, f.value(), proposed(facts, f.value())).ifPresent(entities::add);
                case "dataset" -> entity(paper, EntityType.DATASET, f.value(), false).ifPresent(entities::add);
                case "metric" -> entity(paper, EntityType.METRIC, f.value(), false).ifPresent(entities::add);
                case "task" -> entity(paper, EntityType.TASK, f.value(), false).ifPresent(entities::add);
                case "result" -> result(paper, f.value()).ifPresent(results::add);
                case "code" -> mention(paper, f.value()).ifPresent(ev -> code.add(new CodeLink(f.value(), ev)));
                default -> {
                }
            }
        }
        return new Extraction(version(), entities, results, code, List.of());
    }

    private static boolean proposed(List<Fact> facts, String value) {
        return facts.stream().anyMatch(f -> f.field().equals("proposed") && f.value().equals(value));
    }

    private static java.util.Optional<ExtractedEntity> entity(Paper paper, EntityType type, String value, boolean proposed) {
        String[] names = value.split("\\|");
        List<Evidence> evidence = new ArrayList<>();
        for (String n : names) {
            mention(paper, n).ifPresent(evidence::add);
        }
        if (evidence.isEmpty()) {
            return java.util.Optional.empty();
        }
        evidence.sort(java.util.Comparator.comparing(Evidence::section).thenComparingInt(Evidence::start));
        List<String> aliases = List.of(names).subList(1, names.length);
        return java.util.Optional.of(new ExtractedEntity(type, names[0], aliases, null, proposed, evidence));
    }

    /** "BLEU=28.4@WMT 2014 English-to-German", "box AP=+2.7@COCO", "FID=3.17". */
    private static java.util.Optional<ResultMention> result(Paper paper, String value) {
        int eq = value.indexOf('=');
        if (eq < 0) {
            return java.util.Optional.empty();
        }
        String metric = value.substring(0, eq);
        String rest = value.substring(eq + 1);
        int at = rest.indexOf('@');
        String text = at < 0 ? rest : rest.substring(0, at);
        String dataset = at < 0 ? null : rest.substring(at + 1);
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String unit = text.endsWith("%") ? "%" : "";
        String written = text.startsWith("+") ? text.substring(1) : text;
        return mention(paper, written).map(ev -> new ResultMention(metric, new BigDecimal(m.group()), unit, text,
                text.startsWith("+"), dataset, null, ev));
    }

    /** The first mention of {@code name} in the title, else the abstract (ignoring case). */
    private static java.util.Optional<Evidence> mention(Paper paper, String name) {
        for (Section s : Section.values()) {
            String text = s == Section.TITLE ? paper.title() : paper.abstractText();
            int i = text.toLowerCase(Locale.ROOT).indexOf(name.toLowerCase(Locale.ROOT));
            if (i >= 0) {
                return java.util.Optional.of(new Evidence(s, i, i + name.length(), sentence(text, i), "facts-file", 0.9));
            }
        }
        return java.util.Optional.empty();
    }

    private static String sentence(String text, int at) {
        int start = text.lastIndexOf(". ", at);
        start = start < 0 ? 0 : start + 2;
        int end = text.indexOf(". ", at);
        end = end < 0 ? text.length() : end + 1;
        return text.substring(start, end);
    }

    @Override
    public String version() {
        return "examples-facts-test";
    }

    @Override
    public boolean threadSafe() {
        return true;
    }
}
