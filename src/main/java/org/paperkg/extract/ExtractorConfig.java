package org.paperkg.extract;

import java.util.List;
import java.util.Objects;

/**
 * The choices of the extraction pipeline, decided once when the extractor is created.
 *
 * @param annotators     CoreNLP annotators to run, in order, from {@code tokenize, ssplit, pos,
 *                       lemma, ner, depparse}. The rules need {@code pos} and {@code lemma}; ner and
 *                       depparse cut CoreNLP's speed by 4-5x and 6-7x and no rule uses them, so the
 *                       default leaves them out (they are accepted for measuring).
 * @param builtinTerms   also match the small built-in term list ({@code builtin-terms.tsv}) where the
 *                       curated lexicon has no entry for a name
 * @param minConfidence  facts (entities, results, comparisons, code links) below this confidence are
 *                       not returned; in [0, 1]
 * @param results        extract numeric results
 * @param comparisons    extract "X outperforms Y" comparisons
 * @param codeLinks      extract repository and project URLs
 * @param crf            also run the shipped CRF ({@link org.paperkg.extract.ner.NerModel#shipped()})
 *                       on every sentence and weigh its spans beside the rules (policy in {@code
 *                       CrfCues}); costs a forward-backward pass per sentence
 */
public record ExtractorConfig(
        List<String> annotators,
        boolean builtinTerms,
        double minConfidence,
        boolean results,
        boolean comparisons,
        boolean codeLinks,
        boolean crf) {

    /** The annotators of the default pipeline. */
    public static final List<String> DEFAULT_ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma");

    public ExtractorConfig {
        Objects.requireNonNull(annotators, "annotators");
        annotators = List.copyOf(annotators);
        if (!annotators.contains("pos") || !annotators.contains("lemma")) {
            throw new IllegalArgumentException("the extraction rules need the annotators pos and lemma; got "
                    + annotators + " (allowed, in order: " + NlpPipeline.KNOWN + ")");
        }
        if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new IllegalArgumentException("minConfidence must be in [0,1], got " + minConfidence);
        }
    }

    /** Whether {@link #defaults()} runs the CRF. */
    public static final boolean DEFAULT_CRF = false;

    /** tokenize, ssplit, pos, lemma; built-in terms on; every fact kind; facts from confidence 0.5; CRF {@value #DEFAULT_CRF}. */
    public static ExtractorConfig defaults() {
        return new ExtractorConfig(DEFAULT_ANNOTATORS, true, 0.5, true, true, true, DEFAULT_CRF);
    }

    /** This configuration with other annotators (validated when the pipeline is built). */
    public ExtractorConfig withAnnotators(List<String> names) {
        return new ExtractorConfig(names, builtinTerms, minConfidence, results, comparisons, codeLinks, crf);
    }

    /** This configuration with another confidence threshold. */
    public ExtractorConfig withMinConfidence(double threshold) {
        return new ExtractorConfig(annotators, builtinTerms, threshold, results, comparisons, codeLinks, crf);
    }

    /** This configuration with the built-in term list switched on or off. */
    public ExtractorConfig withBuiltinTerms(boolean on) {
        return new ExtractorConfig(annotators, on, minConfidence, results, comparisons, codeLinks, crf);
    }

    /** This configuration with the CRF switched on or off. */
    public ExtractorConfig withCrf(boolean on) {
        return new ExtractorConfig(annotators, builtinTerms, minConfidence, results, comparisons, codeLinks, on);
    }
}
