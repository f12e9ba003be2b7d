package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The curated names paperkg knows, indexed for matching on token sequences.
 *
 * <p>Names are compared on their letters and digits ({@link NameKey}), so "ResNet50",
 * "ResNet-50" and "ResNet 50" are one name. Case matters only where it carries meaning:
 * <ul>
 *   <li>a label or alias of at most {@value #SHORT_MAX} letters and digits ("SAM", "PPO", "LDA",
 *       "mAP", "GPT-4"), or written all in capitals ("INTERACTION", "OASIS"), matches only with
 *       exactly its letters' case, so that the ordinary words "sam", "Lda" or "interactions" are
 *       not taken for the names;</li>
 *   <li>a longer label matches in any case ("vision transformer" = "Vision Transformer"), except
 *       that a label with a capital ("Transformer", "ReCoRD") does not match a single word of
 *       lower-case letters only: that is the ordinary word ("transformers", "record").</li>
 * </ul>
 * A final plural "s" of the last token is tolerated when the token has four characters or more
 * ("LLMs" matches "LLM"; "as" never reads as "A"). When several
 * entries share a name (the text's "SAM" may be Segment Anything or Sharpness-Aware
 * Minimization) a match carries all of them and reports itself {@link Match#ambiguous()}.
 *
 * <pre>{@code
 * Lexicon lex = Lexicon.of(entries);
 * lex.find("ResNet 50");                         // the ResNet-50 entry
 * lex.match(List.of("we", "use", "ResNet", "-", "50")); // [Match[start=2, end=5, ...]]
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Lexicon {

    /** Labels with at most this many letters and digits are matched case-sensitively. */
    public static final int SHORT_MAX = 5;

    /** Longest token run a match may span (hyphens and slashes count as tokens). */
    private static final int MAX_TOKENS = 12;

    /**
     * A run of tokens {@code [start, end)} naming one or more lexicon entries.
     *
     * @param start   first token (inclusive)
     * @param end     token after the last one
     * @param entries the entries with that name, never empty, distinct by IRI
     */
    public record Match(int start, int end, List<LexiconEntry> entries) {

        public Match {
            entries = List.copyOf(entries);
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("a match needs an entry");
            }
        }

        /** The first entry: the only one unless {@link #ambiguous()}. */
        public LexiconEntry entry() {
            return entries.get(0);
        }

        /** True when several distinct entries share the matched name. */
        public boolean ambiguous() {
            return entries.size() > 1;
        }
    }

    /** One label or alias of an entry, with what is needed to accept a surface form. */
    private record Form(LexiconEntry entry, String exact, boolean caseSensitive, boolean hasCapital) {

        boolean accepts(String surface, boolean singleToken) {
            if (caseSensitive) {
                return NameKey.exact(surface).equals(exact);
            }
            return !(hasCapital && singleToken && surface.chars().allMatch(Character::isLowerCase));
        }
    }

    private static final Lexicon EMPTY = new Lexicon(List.of());

    private final List<LexiconEntry> entries;
    private final Map<String, List<Form>> byKey;
    private final Set<String> prefixes;

    private Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, List<Form>> index = new HashMap<>();
        Set<String> pre = new HashSet<>();
        for (LexiconEntry e : this.entries) {
            Set<String> labels = new LinkedHashSet<>();
            labels.add(e.prefLabel());
            labels.addAll(e.altLabels());
            for (String label : labels) {
                String key = NameKey.key(label);
                if (key.isEmpty()) {
                    continue;
                }
                String exact = NameKey.exact(label);
                        boolean allCaps = exact.chars().filter(Character::isLetter).count() >= 2
                        && exact.chars().noneMatch(Character::isLowerCase);
                Form form = new Form(e, exact, exact.length() <= SHORT_MAX || allCaps,
                        exact.chars().anyMatch(Character::isUpperCase));
                index.computeIfAbsent(key, k -> new ArrayList<>()).add(form);
                for (int i = 1; i <= key.length(); i++) {
                    pre.add(key.substring(0, i));
                }
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byKey = Map.copyOf(index);
        this.prefixes = Set.copyOf(pre);
    }

    /** A lexicon of the given entries; labels and aliases that normalise to nothing are ignored. */
    public static Lexicon of(List<LexiconEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        return entries.isEmpty() ? EMPTY : new Lexicon(entries);
    }

    /** A lexicon that matches nothing. */
    public static Lexicon empty() {
        return EMPTY;
    }

    /** Number of entries. */
    public int size() {
        return entries.size();
    }

    /** The entries, in the order given. */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /**
     * The entry a name denotes, compared as described in the class comment; the first of
     * several when the name is ambiguous.
     */
    public Optional<LexiconEntry> find(String name) {
        List<LexiconEntry> all = findAll(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every entry a name denotes (several for an ambiguous name), in lexicon order. */
    public List<LexiconEntry> findAll(String name) {
        Objects.requireNonNull(name, "name");
        String surface = name.strip();
        return accepted(NameKey.key(surface), surface, surface.indexOf(' ') < 0);
    }

    /**
     * Finds lexicon names in a token sequence, left to right, the longest match at each position,
     * matches not overlapping. A match starts and ends on a token with letters or digits; inside
     * it only hyphens, slashes and similar joiners may separate the named tokens.
     */
    public List<Match> match(List<String> tokens) {
        if (byKey.isEmpty()) {
            return List.of();
        }
        List<Match> out = new ArrayList<>();
        int n = tokens.size();
        String[] keys = new String[n];
        for (int t = 0; t < n; t++) {
            keys[t] = NameKey.key(tokens.get(t));
        }
        int i = 0;
        while (i < n) {
            Match best = keys[i].isEmpty() || !prefixes.contains(keys[i].substring(0, 1)) ? null
                    : longestAt(tokens, keys, i);
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.end();
            }
        }
        return out;
    }

    private Match longestAt(List<String> tokens, String[] keys, int start) {
        StringBuilder key = new StringBuilder();
        StringBuilder surface = new StringBuilder();
        Match best = null;
        int named = 0;
        int limit = Math.min(tokens.size(), start + MAX_TOKENS);
        for (int j = start; j < limit; j++) {
            String t = tokens.get(j);
            String k = keys[j];
            if (k.isEmpty() && !NameKey.isJoiner(t)) {
                break;
            }
            key.append(k);
            surface.append(t);
            if (k.isEmpty()) {
                continue;
            }
            named++;
            List<LexiconEntry> found = accepted(key.toString(), surface.toString(), named == 1);
            if (found.isEmpty() && t.length() >= 4 && t.endsWith("s") && !t.endsWith("ss")) {
                found = accepted(key.substring(0, key.length() - 1),
                        surface.substring(0, surface.length() - 1), named == 1);
            }
            if (!found.isEmpty()) {
                best = new Match(start, j + 1, found);
            }
            if (!prefixes.contains(key.toString())) {
                break;
            }
        }
        return best;
    }

    private List<LexiconEntry> accepted(String key, String surface, boolean singleToken) {
        List<Form> forms = byKey.get(key);
        if (forms == null) {
            return List.of();
        }
        List<LexiconEntry> out = new ArrayList<>(2);
        Set<String> iris = new HashSet<>();
        for (Form f : forms) {
            if (f.accepts(surface, singleToken) && iris.add(f.entry().iri())) {
                out.add(f.entry());
            }
        }
        return out.isEmpty() ? List.of() : Collections.unmodifiableList(out);
    }

    /**
     * This lexicon plus those entries of {@code fallback} none of whose names this one knows:
     * the curated lexicon wins over the built-in terms.
     */
    Lexicon withFallback(Lexicon fallback) {
        if (fallback.entries.isEmpty()) {
            return this;
        }
        List<LexiconEntry> merged = new ArrayList<>(entries);
        for (LexiconEntry e : fallback.entries) {
            boolean known = byKey.containsKey(NameKey.key(e.prefLabel()));
            for (String alt : e.altLabels()) {
                known |= byKey.containsKey(NameKey.key(alt));
            }
            if (!known) {
                merged.add(e);
            }
        }
        return new Lexicon(merged);
    }
}
