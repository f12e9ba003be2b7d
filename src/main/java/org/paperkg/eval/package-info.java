/**
 * Scoring paperkg's extractor against hand-made and published gold, so that every change to the
 * rules can be measured rather than guessed at.
 *
 * <p>Two kinds of gold are read: paper-level gold written under {@code GOLD-GUIDELINES.md}
 * ({@link org.paperkg.eval.PaperGoldReader}: what the graph should say about each paper) and the
 * annotated corpora of {@code shared/corpora} ({@link org.paperkg.eval.AnnotatedCorpusReader}:
 * SciERC, SciREX abstracts, TDMSci mention spans). Four measures are computed from them:
 * <ul>
 *   <li>{@link org.paperkg.eval.MentionScorer}: span precision, recall and F1 per type, exact and
 *       overlapping, over the types each corpus annotates comparably ({@link org.paperkg.eval.CorpusProfile});</li>
 *   <li>{@link org.paperkg.eval.PaperScorer}: per-field scores of the facts a paper's graph would
 *       hold, with lenient name matching ({@link org.paperkg.eval.NameMatcher}), aliases, optional
 *       entries and normalised result values ({@link org.paperkg.eval.ResultValue});</li>
 *   <li>{@link org.paperkg.eval.SalientRecall}: recall of the entities SciREX marks as what a
 *       paper is about;</li>
 *   <li>{@link org.paperkg.eval.Calibration}: whether confidences predict correctness.</li>
 * </ul>
 * {@link org.paperkg.eval.EvalReport} prints them as tables or JSON; {@code org.paperkg.cli.EvalCommand}
 * runs it all from the command line.
 *
 * <p>The package depends on the {@link org.paperkg.extract.Extractor} interface only, and reaches
 * input papers through {@link org.paperkg.eval.PaperReader} and {@link org.paperkg.eval.PaperSource},
 * so that it can be tested with fake extractors and built before the stages it scores.
 */
package org.paperkg.eval;
