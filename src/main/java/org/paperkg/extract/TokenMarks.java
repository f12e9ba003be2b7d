package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreAnnotation;

/**
 * Token annotations paperkg adds before the TokensRegex rules run, so that rules can say
 * "a name" or "a metric from the lexicon" instead of repeating word shapes.
 *
 * <p>Both carry BIES tags, so that a rule can match a whole span and never a part of one: "S" on
 * a single-token span, else "B" on the first token, "I" inside and "E" on the last ("S-Metric",
 * "B-Method" ... for lexicon matches). Rule files bind them as {@code pkname} and {@code pklex}.
 */
final class TokenMarks {

    private TokenMarks() {
    }

    /** The BIES tag of token {@code t} in the span {@code [start, end)}. */
    static String tag(int t, int start, int end) {
        if (end - start == 1) {
            return "S";
        }
        return t == start ? "B" : t == end - 1 ? "E" : "I";
    }

    /** "S", or "B", "I", "E" on the tokens of a name-shaped span (see {@link NameChunker}). */
    static final class Name implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** "S-Type", or "B-Type" ... "E-Type", on a lexicon match; Type is Method, Dataset, Metric or Task. */
    static final class Lex implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }
}
