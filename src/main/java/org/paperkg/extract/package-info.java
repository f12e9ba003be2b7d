/**
 * The extraction stage: from a paper's cleaned title and abstract to plain values ({@link
 * org.paperkg.extract.Extraction}) that the {@code link} and {@code rdf} stages turn into graph facts.
 *
 * <h2>Public API</h2>
 * <ul>
 *   <li>{@link org.paperkg.extract.Extractor}, with its result records {@link
 *       org.paperkg.extract.Extraction}, {@link org.paperkg.extract.ExtractedEntity}, {@link
 *       org.paperkg.extract.ResultMention}, {@link org.paperkg.extract.CodeLink}, {@link
 *       org.paperkg.extract.Comparison} and {@link org.paperkg.extract.Evidence};</li>
 *   <li>{@link org.paperkg.extract.CoreNlpExtractor}, the implementation, configured by {@link
 *       org.paperkg.extract.ExtractorConfig};</li>
 *   <li>{@link org.paperkg.extract.Lexicon}, the curated names ({@link org.paperkg.extract.LexiconEntry})
 *       indexed for matching.</li>
 * </ul>
 *
 * <pre>{@code
 * Lexicon lexicon = Lexicon.of(entries);              // read from ontology/lexicon by the rdf stage
 * try (Extractor x = CoreNlpExtractor.create(lexicon, ExtractorConfig.defaults())) {
 *     Extraction e = x.extract(paper);
 * }
 * }</pre>
 *
 * <h2>How it works</h2>
 * Everything else in the package is package-private machinery, in the order it runs:
 * {@code NlpPipeline} (CoreNLP tokenize, ssplit, pos, lemma, timed per annotator) gives {@code SentenceTokens}s
 * of {@code Token}s; {@code NameChunker} and the lexicon mark names on the tokens ({@code Marker},
 * {@code TokenMarks}); {@code RuleSet} runs the TokensRegex rule files, each rule only on sentences
 * that have the words it needs ({@code RuleGate}, "#@ needs" lines); {@code Acronyms} finds
 * definitions and {@code TitlePrefix} the title's name; {@code CueCollector} (with {@code
 * ProposalCues} and {@code TaskPhrases}) turns all of it into candidate mentions with cues;
 * {@code EntityAssembler} and {@code TypeVote} weigh the cues into entities; {@code ResultReader},
 * {@code ComparisonReader} and {@code CodeLinks} add the rest. When the CRF is switched on
 * ({@link org.paperkg.extract.ExtractorConfig#crf()}), {@link org.paperkg.extract.ner.NerModel}
 * tags each sentence and {@code CrfCues} adds its spans to the cues under a written policy (the
 * CRF proposes, the rules decide); training and the model are in {@link org.paperkg.extract.ner}.
 *
 * <h2>Rules and word lists are resources</h2>
 * {@code src/main/resources/org/paperkg/extract/}: the TokensRegex rule files ({@code common.rules}
 * and one file per fact family: datasets, metrics, tasks, methods, proposals, results, comparisons),
 * head nouns that type phrases ({@code head-nouns.tsv}), a small built-in term list used where the
 * curated lexicon is silent ({@code builtin-terms.tsv}), generic phrases that are never entities
 * ({@code generic-names.txt}), and smaller lists, each with a header saying what it is for. Change
 * them rather than Java when a rule changes; the version recorded on facts follows by itself
 * ({@link org.paperkg.extract.ExtractorVersion}: a hash of these files, the model and the code).
 *
 * <p>CoreNLP types stay inside this package; no Jena type appears here.
 */
package org.paperkg.extract;
