package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreAnnotation;

/**
 * Token annotations paperkg adds before the TokensRegex rules run, so that rules can say
 * "a name" or "a metric from the lexicon" instead of repeating word shapes.
 *
 * <p>Both carry begin/inside tags: the first token of a span has "B" (or "B-Metric"), the others
 * "I" (or "I-Metric"). Rule files bind them as {@code pkname} and {@code pklex}.
 */
final class Marks {

    private Marks() {
    }

    /** "B"/"I" on the tokens of a name-shaped span (see {@link NameChunker}). */
    static final class Name implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }

    /** "B-Type"/"I-Type" on the tokens of a lexicon match, Type being Method, Dataset, Metric or Task. */
    static final class Lex implements CoreAnnotation<String> {
        @Override
        public Class<String> getType() {
            return String.class;
        }
    }
}
