package org.paperkg.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paperkg.domain.EntityType;

/**
 * Head nouns that type a phrase ({@code head-nouns.tsv}): "dataset" makes a Dataset, "accuracy" a
 * Metric, "segmentation" a Task, "network" a Method, each with the confidence the head alone gives.
 */
final class HeadNouns {

    /** What a head noun says: the type and how sure that makes us. */
    record Head(EntityType type, double weight) {
    }

    private final Map<String, Head> heads;
    private final Map<EntityType, List<String>> byType;

    private HeadNouns(Map<String, Head> heads, Map<EntityType, List<String>> byType) {
        this.heads = Map.copyOf(heads);
        this.byType = byType;
    }

    /** The list shipped in {@code head-nouns.tsv}. */
    static HeadNouns standard() {
        Map<String, Head> heads = new HashMap<>();
        Map<EntityType, List<String>> byType = new EnumMap<>(EntityType.class);
        for (String[] row : Wordlists.rows("head-nouns.tsv")) {
            if (row.length < 3) {
                throw new IllegalStateException("head-nouns.tsv: expected word, type and weight in '"
                        + String.join("\t", row) + "'");
            }
            String word = row[0].toLowerCase(Locale.ROOT);
            Head h = new Head(EntityType.parse(row[1]), Double.parseDouble(row[2]));
            heads.put(word, h);
            byType.computeIfAbsent(h.type(), t -> new ArrayList<>()).add(word);
        }
        return new HeadNouns(heads, byType);
    }

    /** The head a word (singular or plural, any case) is, if any. */
    Optional<Head> of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Head h = heads.get(w);
        if (h == null) {
            h = heads.get(singular(w));
        }
        return Optional.ofNullable(h);
    }

    /** The head a token is, using its lemma when the tagger gave one. */
    Optional<Head> of(Token t) {
        Optional<Head> h = of(t.lemma());
        return h.isPresent() ? h : of(t.text());
    }

    /** A case-insensitive regex matching one token that is a head of the type, singular or plural. */
    String regex(EntityType type) {
        return "(?i)(?:" + forms(type).stream().map(w -> w.replace("-", "\\-"))
                .collect(Collectors.joining("|")) + ")";
    }

    /** The word and its plural forms ("corpus" and "corpora"). */
    static List<String> plurals(String w) {
        List<String> out = new ArrayList<>();
        out.add(w);
        if (w.equals("corpus")) {
            out.add("corpora");
        } else if (w.equals("index")) {
            out.add("indices");
            out.add("indexes");
        } else if (w.endsWith("y") && !w.endsWith("ay") && !w.endsWith("ey")) {
            out.add(w.substring(0, w.length() - 1) + "ies");
        } else if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
            out.add(w + "es");
        } else {
            out.add(w + "s");
        }
        return out;
    }

    /** Every head word of a type with its plurals. */
    List<String> forms(EntityType type) {
        List<String> out = new ArrayList<>();
        for (String w : byType.getOrDefault(type, List.of())) {
            out.addAll(plurals(w));
        }
        return out;
    }

    private static String singular(String w) {
        if (w.equals("corpora")) {
            return "corpus";
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
