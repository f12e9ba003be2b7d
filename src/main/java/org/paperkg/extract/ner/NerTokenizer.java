package org.paperkg.extract.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Cuts a text into sentences of tagged CoreNLP tokens whose offsets index that text. Training
 * must use the tokenizer extraction uses ({@link org.paperkg.extract.CoreNlpExtractor#nerTokenizer()}),
 * or the CRF learns token boundaries it will never see.
 */
@FunctionalInterface
public interface NerTokenizer {

    /** The sentences of {@code text}, each a list of tokens with word, part-of-speech tag and offsets. */
    List<List<CoreLabel>> sentences(String text);
}
