package org.paperkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.paperkg.domain.EntityType;

/**
 * The name a title gives before its colon: "DWIE: an entity-centric dataset for ...",
 * "ZeroI2V: Zero-Cost Adaptation of Pre-trained Transformers from Image to Video".
 *
 * <p>The part before the colon counts when it is short (at most three words) and name-shaped: a
 * strong word (capitals inside, digits: "TEMPO", "DiffFit", "Zero-TPrune"), or a single capitalised
 * word ("Compacter") that the abstract uses again. "A Survey", "Towards ...", "Rethinking ...",
 * "Selectivity Drives Productivity" are not names. The head noun of the subtitle's first noun phrase
 * types the name ("... an entity-centric DATASET for ..." is a Dataset); without a known head the
 * type defaults to Method, weakly.
 */
final class TitlePrefix {

    /**
     * A title prefix.
     *
     * @param start  first token of the name in the title sentence
     * @param end    token after it
     * @param type   type from the subtitle
     * @param weight how sure the subtitle makes the type (0.6 for the default)
     */
    record Found(int start, int end, EntityType type, double weight, int longStart, int longEnd) {

        /** True when the subtitle spells out the prefix: "MMRL: Multi-Modal Representation Learning for ...". */
        boolean hasLongForm() {
            return longStart >= 0;
        }
    }

    private static final Set<String> NOT_NAMES = Wordlists.words("title-non-names.txt");
    private static final Set<String> PREPOSITIONS = Wordlists.words("title-prepositions.txt");

    private final NameChunker chunker;
    private final HeadNouns heads;

    TitlePrefix(NameChunker chunker, HeadNouns heads) {
        this.chunker = chunker;
        this.heads = heads;
    }

    /** The name before the title's colon, if it is one; {@code abstractText} is checked for plain words. */
    Optional<Found> find(List<SentenceTokens> title, String abstractText) {
        if (title.isEmpty()) {
            return Optional.empty();
        }
        SentenceTokens s = title.get(0);
        int colon = -1;
        for (int i = 1; i < s.size() && i <= 6; i++) {
            if (s.tok(i).text().equals(":")) {
                colon = i;
                break;
            }
        }
        if (colon < 0 || colon + 1 >= s.size()) {
            return Optional.empty();
        }
        String prefix = s.span(0, colon).strip();
        String[] words = prefix.split("\\s+");
        if (words.length > 3 || prefix.length() > 40 || NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (prefix.matches(".*[?!'’\"].*")) {
            return Optional.empty();
        }
        boolean strong = false;
        for (NameChunker.Word w : chunker.words(s)) {
            if (w.fullEnd() <= colon && w.shape() == NameChunker.Shape.STRONG) {
                strong = true;
            }
        }
        if (!strong) {
            boolean plainName = words.length == 1 && NameKey.isCapitalisedWord(words[0])
                    && abstractText.contains(words[0]);
            if (!plainName) {
                return Optional.empty();
            }
        }
        Token head = subtitleHead(s, colon + 1);
        EntityType type = EntityType.METHOD;
        double weight = 0.6;
        HeadNouns.Head h = head == null ? null : heads.of(head).orElse(null);
        if (h != null && (h.type() == EntityType.DATASET || h.type() == EntityType.METHOD)) {
            type = h.type();
            weight = 0.9;
        } else if (head != null && head.lemma().toLowerCase(Locale.ROOT).matches("metric|measure")) {
            type = EntityType.METRIC;
            weight = 0.9;
        }
        int longEnd = subtitleEnd(s, colon + 1, false);
        boolean spelled = longEnd > colon + 2 && words.length == 1
                && LetterAlignment.spellsFromStart(prefix, s.span(colon + 1, longEnd));
        return Optional.of(new Found(0, colon, type, weight, spelled ? colon + 1 : -1, spelled ? longEnd : -1));
    }

    /** The head of the subtitle's first noun phrase: its last word before a preposition. */
    private static Token subtitleHead(SentenceTokens s, int from) {
        int end = subtitleEnd(s, from, true);
        return end > from ? s.tok(end - 1) : null;
    }

    /** The token after the subtitle's first noun phrase; "and" ends it only when {@code stopAtAnd}. */
    private static int subtitleEnd(SentenceTokens s, int from, boolean stopAtAnd) {
        int i = from;
        while (i < s.size()) {
            Token t = s.tok(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if ((PREPOSITIONS.contains(w) && (stopAtAnd || !w.equals("and"))) || t.text().matches("[,;:.()?!]")) {
                break;
            }
            i++;
        }
        return i;
    }
}
