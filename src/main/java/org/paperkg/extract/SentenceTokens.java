package org.paperkg.extract;

import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * One sentence of a section: its tokens as plain values plus the CoreNLP sentence they came
 * from, which the TokensRegex rules match on.
 *
 * @param section   the section it belongs to
 * @param index     position among the section's sentences, from 0
 * @param begin     first character in the section text
 * @param end       character after it
 * @param text      the sentence text
 * @param tokens    its tokens
 * @param core      the CoreNLP sentence (tokens carry paperkg's marks, see {@link TokenMarks})
 */
record SentenceTokens(Section section, int index, int begin, int end, String text, List<Token> tokens, CoreMap core) {

    SentenceTokens {
        tokens = List.copyOf(tokens);
    }

    /** The section text from token {@code from} to token {@code to} (exclusive), as written. */
    String span(String sectionText, int from, int to) {
        return sectionText.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }

    /** The text from token {@code from} to {@code to} (exclusive), cut from the sentence. */
    String span(int from, int to) {
        return text.substring(tokens.get(from).begin() - begin, tokens.get(to - 1).end() - begin);
    }

    int size() {
        return tokens.size();
    }

    Token tok(int i) {
        return tokens.get(i);
    }
}
