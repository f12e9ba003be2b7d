package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word regexes of every rule file's {@code needs} and {@code starts} lines, and which of them
 * each word of a sentence meets.
 *
 * <p>One table serves all the rule files of a {@link RuleSet}, so a sentence's words are looked up
 * once, not once per file; words repeat, so each distinct word is tested once and remembered (up
 * to {@link #WORD_CACHE} words, then afresh). Confined to one thread, as its RuleSet is.
 */
final class RuleWordIndex {

    /** How many words the table remembers before it starts afresh. */
    private static final int WORD_CACHE = 200_000;

    private final List<Pattern> patterns = new ArrayList<>();
    private final Map<String, Integer> bitOfRegex = new HashMap<>();
    private final Map<String, BitSet> byWord = new HashMap<>();

    private List<CoreLabel> lastTokens;
    private BitSet lastAny;
    private BitSet[] lastPerToken;

    /** The bit of a word regex (case-insensitive, whole word), added when new. */
    int bit(Pattern pattern) {
        Integer b = bitOfRegex.get(pattern.pattern());
        if (b == null) {
            if (lastTokens != null || !byWord.isEmpty()) {
                throw new IllegalStateException("word tests are fixed once sentences have been looked up");
            }
            b = patterns.size();
            patterns.add(pattern);
            bitOfRegex.put(pattern.pattern(), b);
        }
        return b;
    }

    /** The tests some word of the sentence meets. */
    BitSet any(List<CoreLabel> tokens) {
        lookUp(tokens);
        return lastAny;
    }

    /** For each token of the sentence, the tests its word meets. */
    BitSet[] perToken(List<CoreLabel> tokens) {
        lookUp(tokens);
        return lastPerToken;
    }

    private void lookUp(List<CoreLabel> tokens) {
        if (tokens == lastTokens) {
            return;
        }
        BitSet any = new BitSet(patterns.size());
        BitSet[] perToken = new BitSet[tokens.size()];
        for (int p = 0; p < tokens.size(); p++) {
            String w = tokens.get(p).word();
            BitSet bits = w == null ? new BitSet() : byWord.get(w);
            if (bits == null) {
                bits = new BitSet(patterns.size());
                for (int i = 0; i < patterns.size(); i++) {
                    if (patterns.get(i).matcher(w).matches()) {
                        bits.set(i);
                    }
                }
                if (byWord.size() >= WORD_CACHE) {
                    byWord.clear();
                }
                byWord.put(w, bits);
            }
            perToken[p] = bits;
            any.or(bits);
        }
        lastTokens = tokens;
        lastAny = any;
        lastPerToken = perToken;
    }
}
