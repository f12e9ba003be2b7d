package org.paperkg.extract.ner;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The CRF's features and training settings, chosen for a model that tags fast and trains in
 * minutes on two cores, and the token preparation that training and tagging share.
 *
 * <p>Why these features (CoreNLP's {@code NERFeatureFactory} names):
 * <ul>
 *   <li>the word, the previous and the next word ({@code useWord}, {@code usePrev}, {@code
 *       useNext}) and the words within two tokens either side as a bag ({@code useDisjunctive},
 *       width 2): "on the X dataset", "we propose X";</li>
 *   <li>prefixes and suffixes up to six characters ({@code useNGrams} without middle n-grams):
 *       "-Net", "-former", "-tion", "-ing" say a lot about an unknown name;</li>
 *   <li>the word shape ({@code chris2}: "Xx-d", "XXX", "xx") and shape sequences ({@code
 *       useTypeSeqs}, {@code useTypeSeqs2}, {@code useTypeySequences}): new model names are
 *       mixed case and digits, task names lower case;</li>
 *   <li>the part-of-speech tag ({@code useTags}), which extraction computes anyway: entity spans
 *       are noun phrases, and the tag separates "recall" the verb from the metric;</li>
 *   <li>label sequences of order one ({@code useSequences}, {@code usePrevSequences}, {@code
 *       maxLeft=1}): first-order transitions, so tagging is one forward-backward pass.</li>
 * </ul>
 * Training: L2 prior of sigma 1, quasi-Newton to a relative tolerance of 1e-3 (at most 150
 * iterations), gradients on two threads; then features whose weights stay below 0.05 are dropped
 * and the CRF is trained once more on the rest ({@code featureDiffThresh}), which halves the
 * model (5 MB instead of 11) and what tagging must look up. On this project's two-core machine,
 * shared, training takes five to six minutes.
 *
 * <p>No word-pair or middle n-gram features and no distributional clusters: they multiply the
 * feature count (model size, tagging time) for little gain on a hundred thousand training
 * tokens. No lexicon-membership feature either: the curated lexicon already votes in extraction,
 * and the CRF is there for the names the lexicon does not know; a model that leant on the
 * lexicon would learn to trust it and find less that is new. Tried (a clean gazette of the
 * curated lexicon's labels), it moved the held-out F1 of each type by at most three points,
 * up and down.
 */
public final class NerFeatures {

    private NerFeatures() {
    }

    /** The CRF properties, as {@code CRFClassifier}'s constructor reads them. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("useClassFeature", "true");
        p.setProperty("useWord", "true");
        p.setProperty("useNGrams", "true");
        p.setProperty("noMidNGrams", "true");
        p.setProperty("maxNGramLeng", "6");
        p.setProperty("usePrev", "true");
        p.setProperty("useNext", "true");
        p.setProperty("useDisjunctive", "true");
        p.setProperty("disjunctionWidth", "2");
        p.setProperty("useTags", "true");
        p.setProperty("wordShape", "chris2");
        p.setProperty("useTypeSeqs", "true");
        p.setProperty("useTypeSeqs2", "true");
        p.setProperty("useTypeySequences", "true");
        p.setProperty("useSequences", "true");
        p.setProperty("usePrevSequences", "true");
        p.setProperty("maxLeft", "1");
        p.setProperty("backgroundSymbol", NerLabels.OUTSIDE);
        p.setProperty("sigma", "1.0");
        p.setProperty("tolerance", "1e-3");
        p.setProperty("maxQNItr", "150");
        p.setProperty("featureDiffThresh", "0.05");
        p.setProperty("multiThreadGrad", "2");
        return p;
    }

    /** Properties as a sorted map, for the training record. */
    public static Map<String, String> asMap(Properties properties) {
        Map<String, String> out = new TreeMap<>();
        properties.forEach((k, v) -> out.put(k.toString(), v.toString()));
        return out;
    }

    /**
     * Copies tokens into fresh CoreLabels holding only what the features read (word, tag, and the
     * word shape CoreNLP's document readers would add), so tagging never writes into the
     * pipeline's own tokens and training and tagging see the same input.
     */
    static List<CoreLabel> prepare(SeqClassifierFlags flags, List<CoreLabel> tokens, boolean withLabels) {
        List<CoreLabel> doc = new java.util.ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            CoreLabel c = new CoreLabel();
            c.setWord(t.word());
            c.setValue(t.word());
            c.setTag(t.tag() == null ? "" : t.tag());
            c.setBeginPosition(t.beginPosition());
            c.setEndPosition(t.endPosition());
            if (withLabels) {
                c.set(edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation.class, NerLabels.of(t));
                c.set(edu.stanford.nlp.ling.CoreAnnotations.GoldAnswerAnnotation.class, NerLabels.of(t));
            }
            doc.add(c);
        }
        return new ObjectBankWrapper<CoreLabel>(flags, null, new java.util.HashSet<>()).processDocument(doc);
    }
}
