package org.paperkg.extract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import edu.stanford.nlp.ling.CoreAnnotations;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.ner.NerModel;
import org.paperkg.extract.ner.NerSpan;
import org.paperkg.ingest.Paper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * paperkg's extractor: Stanford CoreNLP (tokenize, ssplit, pos, lemma) plus a curated lexicon and
 * TokensRegex rules.
 *
 * <pre>{@code
 * try (CoreNlpExtractor x = CoreNlpExtractor.create(Lexicon.of(entries), ExtractorConfig.defaults())) {
 *     Extraction e = x.extract(paper);
 * }
 * }</pre>
 *
 * <h2>What it does</h2>
 * The title and the abstract are processed as two sections. In each sentence, name-shaped spans
 * and lexicon matches are marked on the tokens, the rule files
 * ({@code src/main/resources/org/paperkg/extract/*.rules}) are matched, and acronym definitions
 * are found; the title's prefix ("DWIE: ...") is read as a proposed name. The resulting cues are
 * weighed into entities ({@link EntityAssembler}); results, comparisons and code links are then
 * attached to those entities. Statistical NER and the dependency parser are not used: no rule
 * needs them, and on the seed abstracts (one thread, a busy two-core machine) bare CoreNLP ran 48
 * abstracts/s with tokenize, ssplit, pos, lemma, 11/s with ner added and 7/s with depparse added.
 * paperkg's own work (marks, rules, assembly) added about half of CoreNLP's time until each rule
 * was gated on the words it needs ({@link RuleGate}) and started only at the tokens its matches
 * can start at ({@link AnchoredRule}): TokensRegex tries every rule at every token, and that was
 * most of it. On the 468 seed papers, warm, on an idle machine, it is now about 13% of CoreNLP's
 * time (about 2.5 ms against 19 ms per paper; rules about half of it, marking names and lexicon
 * matches a fifth); {@link #timings()} reports the split.
 *
 * <h2>Confidence policy</h2>
 * Each cue brings a prior; cues of one type from different producers combine as independent
 * evidence (1 - product of (1 - c)), at most 0.97 ({@link TypeVote}):
 * <ul>
 *   <li>lexicon match of a long name 0.9; of a short name (at most five letters and digits) 0.8,
 *       0.6 when the lexicon has several entries for it; a lexicon name grown to a version
 *       ("ResNet-50" from "ResNet") 0.85; an ordinary lower-case word that the lexicon lists as a
 *       metric ("training time"), or a single lower-case task or method word ("summarization",
 *       "pruning"), 0.45, so that it needs support from another cue;</li>
 *   <li>title prefix 0.9 when the subtitle's head types it, else 0.8 as a Method;</li>
 *   <li>proposal sentences 0.7-0.85 ("we propose X, a ..." 0.85, "called X" 0.85, a name in
 *       brackets after a proposal verb 0.65-0.7);</li>
 *   <li>acronym definition typed by a head noun: the head's weight + 0.1, at most 0.85 (an untyped
 *       definition adds 0.1 to its entity's typed evidence, up to 0.85);</li>
 *   <li>context patterns 0.55-0.8 (dataset head 0.8, evaluation context 0.7, "X models" 0.7,
 *       "X methods" 0.55, method context 0.6); task phrases 0.65-0.75 by head noun; model-name
 *       endings ("-Net", "BERT") 0.65;</li>
 *   <li>support for a rival type lowers an entity's confidence by half the rival's score; a lone
 *       capitalised word ("Gaussian") keeps 70% of its confidence.</li>
 * </ul>
 * Every mention's evidence carries its entity's confidence (the fact is "this paper mentions
 * that entity"); its producer names the cues that pointed at that mention, joined by '+', or
 * "repeat" for a further occurrence of a name already typed elsewhere.
 * Results take the rule's prior (0.6-0.8), times 0.9 or 0.85 when the metric was found near the
 * value rather than in its place; comparisons 0.7-0.75, times 0.9 or 0.85 when the winner is
 * inferred; code links 0.95 on code hosts, 0.9 on github.io, else 0.8. These priors were tuned on
 * the dev gold (40 seed abstracts): there, 92% of the facts at 0.8 or more were right; they are to
 * be calibrated on more data.
 *
 * <h2>The CRF</h2>
 * With {@link ExtractorConfig#crf()} on, the CRF shipped with paperkg ({@link
 * org.paperkg.extract.ner.NerModel}, trained by {@code paperkg train-ner} on SciREX and TDMSci
 * train data) tags every sentence, and its spans join the cues last ({@link CrfCues}): the CRF
 * proposes, the rules and the lexicon decide. A CRF span that matches a rule candidate of the same
 * type (or an untyped one) adds an independent cue of 0.4 times its probability; a differing type
 * or an overlapping span is ignored; a Method or Dataset span no rule touches becomes a candidate
 * only in the abstract, with probability at least 0.8 and written as a name ("TransTab"), at
 * confidence 0.5-0.7, so that it reaches 0.8 only with another producer's support; tasks and
 * metrics need a rule. Its evidence
 * names "crf" among the producers, and facts carry {@link #CRF_VERSION}.
 *
 * <h2>Threads</h2>
 * One instance may be shared by several threads ({@link #threadSafe()} is true): CoreNLP
 * annotators keep no per-document state, the lexicon and word lists are immutable, and the
 * TokensRegex extractors, whose thread safety is not documented, are kept one per thread.
 */
public final class CoreNlpExtractor implements Extractor {

    /** The rules' version, recorded on every fact; bump it whenever a rule or word list changes. */
    public static final String VERSION = "rules-0.1.0";
    /** The version recorded when the CRF runs beside the rules ({@link ExtractorConfig#crf()}). */
    public static final String CRF_VERSION = "rules+crf-0.2.1";

    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpExtractor.class);

    private final ExtractorConfig config;
    private final NlpPipeline nlp;
    private final Marker marker;
    private final TitlePrefix titles;
    private final CueCollector collector;
    private final EntityAssembler assembler;
    private final ThreadLocal<RuleSet> rules;
    private final java.util.function.Predicate<Token> taskHead;
    private final NerModel crf;
    private final String version;
    private final LongAdder ownNanos = new LongAdder();
    private final LongAdder crfNanos = new LongAdder();
    private final LongAdder crfSentences = new LongAdder();
    private final LongAdder failures = new LongAdder();

    private CoreNlpExtractor(Lexicon lexicon, ExtractorConfig config, NlpPipeline nlp, RuleSet first, NerModel crf) {
        this.config = config;
        this.nlp = nlp;
        this.crf = crf;
        this.version = ExtractorVersion.of(crf == null ? VERSION : CRF_VERSION);
        HeadNouns heads = HeadNouns.standard();
        this.taskHead = t -> t.isNoun() && (heads.of(t).filter(h -> h.type() == EntityType.TASK).isPresent()
                || TaskPhrases.TASK_NOUNS.contains(t.text().toLowerCase(java.util.Locale.ROOT)));
        NameChunker chunker = NameChunker.standard();
        this.marker = new Marker(lexicon, chunker);
        this.titles = new TitlePrefix(chunker, heads);
        this.collector = CueCollector.standard(heads);
        this.assembler = new EntityAssembler(Wordlists.words("generic-names.txt"), iri -> !BuiltinTerms.isBuiltin(iri));
        AtomicReference<RuleSet> seed = new AtomicReference<>(first);
        this.rules = ThreadLocal.withInitial(() -> {
            RuleSet r = seed.getAndSet(null);
            return r != null ? r : RuleSet.load(heads);
        });
    }

    /**
     * Loads the CoreNLP models and the rules (a few seconds) and returns a ready extractor.
     *
     * @param lexicon the curated lexicon (may be {@link Lexicon#empty()})
     * @param config  pipeline choices, e.g. {@link ExtractorConfig#defaults()}
     * @throws IllegalArgumentException for an unusable annotator list
     * @throws IllegalStateException    when a rule file or word list cannot be read
     */
    public static CoreNlpExtractor create(Lexicon lexicon, ExtractorConfig config) {
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(config, "config");
        Lexicon effective = config.builtinTerms() ? lexicon.withFallback(Lexicon.of(BuiltinTerms.load())) : lexicon;
        NlpPipeline nlp = NlpPipeline.create(config.annotators());
        RuleSet rules = RuleSet.load(HeadNouns.standard());
        NerModel crf = config.crf() ? NerModel.shipped() : null;
        LOG.info("extractor {} ready: annotators {}, {} lexicon entries ({} curated), CRF {}",
                crf == null ? VERSION : CRF_VERSION, nlp.annotators(), effective.size(), lexicon.size(),
                crf == null ? "off" : crf.source());
        return new CoreNlpExtractor(effective, config, nlp, rules, crf);
    }

    @Override
    public Extraction extract(Paper paper) {
        Objects.requireNonNull(paper, "paper");
        try {
            List<SentenceTokens> titleSents = nlp.annotate(Section.TITLE, paper.title());
            List<SentenceTokens> abstractSents = nlp.annotate(Section.ABSTRACT, paper.abstractText());
            long t0 = System.nanoTime();
            Extraction e = analyse(paper, titleSents, abstractSents);
            ownNanos.add(System.nanoTime() - t0);
            return e;
        } catch (RuntimeException ex) {
            failures.increment();
            throw new IllegalStateException("extraction failed for paper at " + paper.source() + " ('"
                    + paper.title() + "'): " + ex, ex);
        }
    }

    private Extraction analyse(Paper paper, List<SentenceTokens> titleSents, List<SentenceTokens> abstractSents) {
        RuleSet rs = rules.get();
        List<Analyzed> all = new ArrayList<>();
        for (List<SentenceTokens> section : List.of(titleSents, abstractSents)) {
            for (SentenceTokens s : section) {
                Marker.Marked m = marker.mark(s);
                List<Acronyms.Definition> defs = Acronyms.find(s, taskHead);
                all.add(new Analyzed(m, rs.apply(m, !defs.isEmpty()), defs));
            }
        }
        Optional<TitlePrefix.Found> prefix = titles.find(titleSents, paper.abstractText());
        CueCollector.Collected collected = collector.collect(all, prefix, crf == null ? null : this::tag);
        EntityAssembler.Assembly asm = assembler.assemble(collected, all);
        double min = config.minConfidence();
        List<ExtractedEntity> entities = asm.entities().stream().filter(x -> x.confidence() >= min).toList();
        List<ResultMention> results = config.results()
                ? ResultReader.read(all, asm).stream().filter(r -> r.evidence().confidence() >= min
                        && kept(entities, r.metric(), EntityType.METRIC)).toList()
                : List.of();
        List<Comparison> comparisons = config.comparisons()
                ? ComparisonReader.read(all, asm).stream().filter(c -> c.evidence().confidence() >= min
                        && kept(entities, c.better(), EntityType.METHOD)
                        && kept(entities, c.baseline(), EntityType.METHOD)).toList()
                : List.of();
        List<CodeLink> links = new ArrayList<>();
        if (config.codeLinks()) {
            links.addAll(CodeLinks.find(Section.TITLE, paper.title(), titleSents));
            links.addAll(CodeLinks.find(Section.ABSTRACT, paper.abstractText(), abstractSents));
            links.removeIf(l -> l.evidence().confidence() < min);
        }
        return new Extraction(version, entities, results, links, comparisons);
    }

    /** The CRF's spans in one sentence, timed apart from the rules. */
    private List<NerSpan> tag(Analyzed a) {
        long t0 = System.nanoTime();
        List<NerSpan> spans = crf.tag(a.sent().core().get(CoreAnnotations.TokensAnnotation.class));
        crfNanos.add(System.nanoTime() - t0);
        crfSentences.increment();
        return spans;
    }

    private static boolean kept(List<ExtractedEntity> entities, String name, EntityType type) {
        return entities.stream().anyMatch(e -> e.type() == type && e.name().equals(name));
    }

    @Override
    public String version() {
        return version;
    }

    /** True: see the class comment. */
    @Override
    public boolean threadSafe() {
        return true;
    }

    /** The configuration it was created with. */
    public ExtractorConfig config() {
        return config;
    }

    /**
     * Time spent so far, summed over threads: one entry per CoreNLP annotator that ran, in
     * pipeline order, then "crf" for the CRF when it runs, then "paperkg" for everything else
     * after CoreNLP (marks, rules, assembly).
     */
    public Map<String, Duration> timings() {
        Map<String, Duration> out = new LinkedHashMap<>(nlp.timings());
        if (crf != null) {
            out.put("crf", Duration.ofNanos(crfNanos.sum()));
        }
        out.put("paperkg", Duration.ofNanos(ownNanos.sum() - crfNanos.sum()));
        return out;
    }

    /** Sentences the CRF has tagged so far (it skips those where its spans could not count). */
    public long crfSentences() {
        return crfSentences.sum();
    }

    /** Number of papers whose extraction failed and returned no facts (logged at WARN). */
    public long failures() {
        return failures.sum();
    }

    /**
     * The tokenizer and tagger extraction runs (tokenize, ssplit, pos with the same options), for
     * training the CRF on the tokens it will see ({@code paperkg train-ner}). Loads the tagger.
     */
    public static org.paperkg.extract.ner.NerTokenizer nerTokenizer() {
        NlpPipeline p = NlpPipeline.create(List.of("tokenize", "ssplit", "pos"));
        return p::tokens;
    }

    /**
     * Annotates texts with a bare CoreNLP pipeline of the given annotators and returns the time
     * spent in each: what {@code paperkg bench} uses to compare annotator costs (for example with
     * and without "ner" or "depparse"). Loads the models, so the first call takes seconds longer.
     */
    public static Map<String, Duration> measureAnnotators(List<String> texts, List<String> annotators) {
        NlpPipeline p = NlpPipeline.create(annotators);
        for (String t : texts) {
            p.annotate(Section.ABSTRACT, t);
        }
        return p.timings();
    }

    /**
     * The bare CoreNLP work this extractor does for one paper, with nothing of paperkg's after it:
     * the annotators of {@code annotators} run on the title and on the abstract, as
     * {@link #extract} runs them. What {@code paperkg bench} compares the extraction against; the
     * returned consumer may be called from several threads.
     */
    public static java.util.function.Consumer<Paper> bare(List<String> annotators) {
        NlpPipeline p = NlpPipeline.create(annotators);
        return paper -> {
            p.annotate(Section.TITLE, paper.title());
            p.annotate(Section.ABSTRACT, paper.abstractText());
        };
    }
}
