package org.paperkg.extract;

/**
 * One CoreNLP token as plain values, with its offsets into the section text.
 *
 * @param index       position in its sentence, from 0
 * @param text        the token as written
 * @param begin       first character in the section text
 * @param end         character after it
 * @param tag         part-of-speech tag (Penn Treebank), or "" when no tagger ran
 * @param lemma       lemma, or the lower-cased text when no lemmatiser ran
 * @param spaceBefore true when white space separates it from the previous token
 */
record Token(int index, String text, int begin, int end, String tag, String lemma, boolean spaceBefore) {

    boolean isNoun() {
        return tag.startsWith("NN");
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
