/**
 * Learned entity recognition: a CoreNLP CRF ({@code CRFClassifier}) trained on the annotated
 * train splits of SciREX abstracts and TDMSci, which proposes entity spans with a probability for
 * the extractor to weigh beside its rules.
 *
 * <h2>Public API</h2>
 * <ul>
 *   <li>{@link org.paperkg.extract.ner.NerModel}: the shipped model ({@link
 *       org.paperkg.extract.ner.NerModel#shipped()}) or one from a file; {@code tag(tokens)} gives
 *       {@link org.paperkg.extract.ner.NerSpan}s;</li>
 *   <li>{@link org.paperkg.extract.ner.NerTrainer}: training and held-out scoring, behind
 *       {@code paperkg train-ner}, writing a {@link org.paperkg.extract.ner.TrainingRecord};</li>
 *   <li>{@link org.paperkg.extract.ner.NerCorpus} and {@link org.paperkg.extract.ner.NerLabels}:
 *       annotated corpora with character offsets into IO-labelled token sentences.</li>
 * </ul>
 *
 * <p>Training and tagging see the same tokens: the extractor's own tokenizer and tagger ({@link
 * org.paperkg.extract.ner.NerTokenizer}, from {@link org.paperkg.extract.CoreNlpExtractor#nerTokenizer()}),
 * and the same preparation ({@link org.paperkg.extract.ner.NerFeatures}). How the extractor combines
 * the CRF's spans with the rules is decided in {@code org.paperkg.extract} (class {@code CrfCues}).
 * CoreNLP types stay inside the extract stage.
 */
package org.paperkg.extract.ner;
