package org.paperkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.paperkg.domain.EntityType;

/**
 * Turns the analyses of a paper's sentences into candidate mentions with their cues: lexicon
 * matches, rule matches, acronym definitions, proposals ({@link ProposalCues}), task phrases
 * ({@link TaskPhrases}), name shapes and the title prefix. It decides nothing final;
 * {@link EntityAssembler} weighs the cues.
 */
final class CueCollector {

    /** The candidates of a paper and the pairs (long form, short form) that name one entity. */
    record Collected(List<Candidate> candidates, List<Candidate[]> links) {
    }

    /** Nouns after "(ACR)" that say too little to type it: "MIL methods" are methods for MIL. */
    private static final Set<String> WEAK_AFTER = Wordlists.words("weak-nouns-after-acronym.txt");

    private static final double TITLE_PREFIX_STRONG = Priors.of("title-prefix.strong");
    private static final double TITLE_PREFIX = Priors.of("title-prefix");
    private static final double TITLE_ACRONYM = Priors.of("title-acronym");
    private static final double ACRONYM = Priors.of("acronym");
    private static final double ACRONYM_TASK_NOUN = Priors.of("acronym.task-noun");
    private static final double ACRONYM_HEAD_BONUS = Priors.of("acronym.head-bonus");
    private static final double ACRONYM_HEAD_CAP = Priors.of("acronym.head-cap");
    private static final double VARIANT = Priors.of("variant");
    private static final double SHAPE = Priors.of("shape");
    private static final double LEXICON_GROWN = Priors.of("lexicon.grown");
    private static final double LEXICON_SHORT = Priors.of("lexicon.short");
    private static final double LEXICON_SHORT_AMBIGUOUS = Priors.of("lexicon.short.ambiguous");
    private static final double LEXICON = Priors.of("lexicon");
    private static final double LEXICON_AMBIGUOUS = Priors.of("lexicon.ambiguous");
    private static final double LEXICON_WEAK = Priors.of("lexicon.weak");
    private static final double RESULT_DATASET = Priors.of("result-dataset");
    private static final double RESULT_METRIC = Priors.of("result-metric");
    private static final double LIST_UNKNOWN_KIND = Priors.of("list.unknown-kind");
    private static final double LIST_KNOWN_KIND = Priors.of("list.known-kind");

    private final HeadNouns heads;
    private final TaskPhrases tasks;
    private final ProposalCues proposals;
    private final Pattern methodSuffix;
    private final Set<String> coreMetrics;

    /**
     * @param heads          head nouns
     * @param taskStopwords  words trimmed from the front of task phrases
     * @param methodSuffixes regexes of name endings that mark methods
     * @param coreMetrics    keys of metric names that count on their own when written in lower
     *                       case (the built-in metric list); other lower-case metric matches need
     *                       support from a result or a metric context
     */
    CueCollector(HeadNouns heads, Set<String> taskStopwords, List<String> methodSuffixes, Set<String> coreMetrics) {
        this.heads = heads;
        this.tasks = new TaskPhrases(heads, taskStopwords);
        this.proposals = new ProposalCues(heads);
        this.methodSuffix = Pattern.compile(".*(?:" + String.join("|", methodSuffixes) + ")");
        this.coreMetrics = Set.copyOf(coreMetrics);
    }

    static CueCollector standard(HeadNouns heads) {
        List<String> suffixes = new ArrayList<>();
        for (String[] row : Wordlists.rows("method-name-suffixes.txt")) {
            suffixes.add(row[0]);
        }
        Set<String> core = new java.util.HashSet<>();
        for (LexiconEntry e : BuiltinTerms.load()) {
            if (e.type() == EntityType.METRIC) {
                core.add(NameKey.key(e.prefLabel()));
                e.altLabels().forEach(x -> core.add(NameKey.key(x)));
            }
        }
        return new CueCollector(heads, Wordlists.words("task-stopwords.txt"), suffixes, core);
    }

    Collected collect(List<Analyzed> sentences, Optional<TitlePrefix.Found> prefix) {
        return collect(sentences, prefix, null);
    }

    /**
     * As {@link #collect(List, Optional)}, then the CRF's spans ({@code crf} tags a sentence; null
     * when the CRF is off) are added last, under {@link CrfCues}' policy, so that they meet every
     * rule candidate.
     */
    Collected collect(List<Analyzed> sentences, Optional<TitlePrefix.Found> prefix,
            java.util.function.Function<Analyzed, List<org.paperkg.extract.ner.NerSpan>> crf) {
        CandidateSet w = new CandidateSet();
        for (Analyzed a : sentences) {
            lexicon(w, a);
            shapes(w, a);
            acronyms(w, a);
            for (RuleSet.Hit h : a.hits()) {
                rule(w, a, h);
            }
        }
        if (prefix.isPresent() && !sentences.isEmpty() && sentences.get(0).sent().section() == Section.TITLE) {
            TitlePrefix.Found f = prefix.get();
            Candidate c = w.at(sentences.get(0), f.start(), f.end());
            c.cues.add(new Cue(f.type(), "title-prefix", f.weight() >= 0.9 ? TITLE_PREFIX_STRONG : TITLE_PREFIX, true, true,
                    List.of()));
            if (f.hasLongForm()) {
                Candidate lf = w.at(sentences.get(0), f.longStart(), f.longEnd());
                lf.cues.add(Cue.of(null, "acronym", TITLE_ACRONYM));
                w.link(lf, c);
            }
        }
        variants(w, sentences);
        if (crf != null) {
            for (Analyzed a : sentences) {
                CrfCues.add(w, a, crf);
            }
        }
        return w.collected();
    }

    /** "UNIP-S", "UNIP-B": a proposed method's name with a size or variant suffix is a Method too. */
    private static void variants(CandidateSet w, List<Analyzed> sentences) {
        Set<String> proposed = new java.util.HashSet<>();
        for (Candidate c : w.all()) {
            if (c.cues.stream().anyMatch(x -> x.proposed() && x.type() == EntityType.METHOD)) {
                proposed.add(NameKey.key(c.name));
            }
        }
        if (proposed.isEmpty()) {
            return;
        }
        for (Analyzed a : sentences) {
            SentenceTokens s = a.sent();
            for (NameChunker.Span n : a.marked().names()) {
                if (n.end() - n.start() >= 3 && s.tok(n.start() + 1).text().equals("-")
                        && !s.tok(n.start() + 1).spaceBefore()
                        && proposed.contains(NameKey.key(s.tok(n.start()).text()))) {
                    w.at(a, n.start(), n.end()).cues.add(Cue.of(EntityType.METHOD, "variant", VARIANT));
                }
            }
        }
    }

    private void lexicon(CandidateSet w, Analyzed a) {
        SentenceTokens s = a.sent();
        for (Marker.LexHit h : a.marked().lex()) {
            String text = s.span(h.start(), h.end());
            boolean plainWord = h.end() - h.start() == 1 && text.chars().allMatch(Character::isLetter)
                    && NameKey.upperCount(text) <= 1;
            if (plainWord && !s.tok(h.start()).isNoun()) {
                continue; // "recall" the verb, "precision" as an adjective
            }
            Token lastTok = s.tok(h.end() - 1);
            if (NameKey.isAllLower(text) && !(lastTok.isNoun() || lastTok.tag().equals("VBG"))) {
                continue; // "semi-supervised": an adjective, whatever the lexicon lists
            }
            if (plainWord && NameKey.upperCount(text) == 1 && (s.section() == Section.TITLE || h.start() == 0)) {
                continue; // title case or sentence start: "Transformers ..." says nothing about the architecture
            }
            Lexicon.Match m = h.match();
            boolean mixedTypes = m.entries().stream().map(LexiconEntry::type).distinct().count() > 1;
            double conf;
            if (h.grown()) {
                conf = LEXICON_GROWN;
            } else if (NameKey.key(text).length() <= Lexicon.SHORT_MAX) {
                conf = m.ambiguous() ? LEXICON_SHORT_AMBIGUOUS : LEXICON_SHORT;
            } else {
                conf = m.ambiguous() ? LEXICON_AMBIGUOUS : LEXICON;
            }
            EntityType type = mixedTypes ? null : h.type();
            if (type == EntityType.METRIC && NameKey.isAllLower(text) && !coreMetrics.contains(NameKey.key(text))) {
                conf = LEXICON_WEAK; // "training time", "memory usage", "sensitivity": a metric only with support
            }
            if ((type == EntityType.TASK || type == EntityType.METHOD) && h.end() - h.start() == 1
                    && text.chars().allMatch(Character::isLowerCase)) {
                conf = LEXICON_WEAK; // "summarization", "pruning": a bare word names no specific task or method
            }
            List<LexiconEntry> entries = h.grown() ? List.of() : m.entries();
            w.at(a, h.start(), h.end()).cues.add(new Cue(type, "lexicon", conf, false, entries));
        }
    }

    private void shapes(CandidateSet w, Analyzed a) {
        SentenceTokens s = a.sent();
        for (NameChunker.Span n : a.marked().names()) {
            if (!n.strong()) {
                continue;
            }
            String last = s.tok(n.end() - 1).text();
            if (methodSuffix.matcher(last).matches() && !last.equals(s.span(n.start(), n.end()).toUpperCase(Locale.ROOT))) {
                w.at(a, n.start(), n.end()).cues.add(Cue.of(EntityType.METHOD, "shape", SHAPE));
            }
        }
    }

    private void acronyms(CandidateSet w, Analyzed a) {
        SentenceTokens s = a.sent();
        for (Acronyms.Definition d : a.defs()) {
            Candidate lf = w.at(a, d.longStart(), d.longEnd());
            Candidate sf = w.at(a, d.shortStart(), d.shortEnd());
            w.link(lf, sf);
            EntityType type = null;
            double conf = ACRONYM;
            int after = d.after();
            Token afterTok = after >= 0 && after < s.size() ? s.tok(after) : null;
            Optional<HeadNouns.Head> afterHead = afterTok == null ? Optional.empty() : heads.of(afterTok);
            if (afterHead.isPresent() && afterHead.get().type() == EntityType.TASK && afterTok.isNoun()) {
                compoundTask(w, a, d, afterTok, afterHead.get());
            } else if (afterTok != null && TaskPhrases.TASK_NOUNS.contains(afterTok.text().toLowerCase(Locale.ROOT))) {
                type = EntityType.TASK;
                conf = ACRONYM_TASK_NOUN;
            } else if (afterHead.isPresent() && afterTok.isNoun() && !WEAK_AFTER.contains(afterTok.lemma().toLowerCase(Locale.ROOT))) {
                type = afterHead.get().type();
                conf = Math.min(ACRONYM_HEAD_CAP, afterHead.get().weight() + ACRONYM_HEAD_BONUS);
            } else {
                Optional<HeadNouns.Head> own = heads.of(s.tok(longHead(s, d)));
                if (own.isPresent()) {
                    type = own.get().type();
                    conf = Math.min(ACRONYM_HEAD_CAP, own.get().weight() + ACRONYM_HEAD_BONUS);
                }
            }
            Cue cue = Cue.of(type, "acronym", conf);
            lf.cues.add(cue);
            sf.cues.add(cue);
        }
    }

    /** The head of a long form: its last word before a free-standing preposition ("Models for ..."). */
    private static int longHead(SentenceTokens s, Acronyms.Definition d) {
        for (int i = d.longStart() + 1; i < d.longEnd(); i++) {
            Token t = s.tok(i);
            if (t.spaceBefore() && t.tag().equals("IN") && i + 1 < s.size() && s.tok(i + 1).spaceBefore()) {
                return i - 1;
            }
        }
        return d.longEnd() - 1;
    }

    /** "Out-of-distribution (OOD) detection": the task is the long form plus the head. */
    private void compoundTask(CandidateSet w, Analyzed a, Acronyms.Definition d, Token head, HeadNouns.Head h) {
        String name = d.longForm() + " " + head.text();
        Candidate c = w.at(a, d.longStart(), head.index() + 1, name);
        c.aliases.add(d.shortForm() + " " + head.text());
        c.cues.add(Cue.of(EntityType.TASK, "acronym+task-head", Math.min(ACRONYM_HEAD_CAP, h.weight() + ACRONYM_HEAD_BONUS)));
    }

    private void rule(CandidateSet w, Analyzed a, RuleSet.Hit h) {
        switch (h.kind()) {
            case ENTITY -> entity(w, a, h, h.is(RuleTrait.TASK_PHRASE) ? TaskPhrases.raw(a.sent(), h) : h.role("name"), h.type());
            case LIST -> list(w, a, h);
            case PROPOSAL -> proposals.add(w, a, h);
            case COMPARISON -> {
                RuleSet.Span list = h.role("list");
                if (list != null) {
                    for (RuleSet.Span item : Spans.items(a.sent(), list)) {
                        if (!Spans.modifies(a.sent(), item)) {
                            entity(w, a, h, item, EntityType.METHOD);
                        }
                    }
                }
            }
            case RESULT, DELTA -> {
                RuleSet.Span ds = h.role("dataset");
                if (ds != null) {
                    w.at(a, ds.start(), ds.end()).cues.add(Cue.of(EntityType.DATASET, "pattern:result-dataset", RESULT_DATASET));
                }
                for (String role : List.of("metric", "metric2")) {
                    RuleSet.Span m = h.role(role);
                    for (Marker.LexHit lh : a.marked().lex()) {
                        if (m != null && lh.type() == EntityType.METRIC && m.overlaps(lh.start(), lh.end())) {
                            w.at(a, lh.start(), lh.end()).cues.add(Cue.of(EntityType.METRIC, "pattern:result-metric", RESULT_METRIC));
                        }
                    }
                }
            }
            default -> {
            }
        }
    }

    private void entity(CandidateSet w, Analyzed a, RuleSet.Hit h, RuleSet.Span span, EntityType type) {
        add(w, a, h, span, type, h.confidence());
    }

    /** Adds a rule's cue to a span; task phrases (from the task rules) are cut to their name first. */
    private void add(CandidateSet w, Analyzed a, RuleSet.Hit h, RuleSet.Span span, EntityType type, double conf) {
        if (span == null) {
            return;
        }
        RuleSet.Span target;
        if (type == EntityType.TASK && h.is(RuleTrait.TASK_PHRASE)) {
            target = tasks.span(a, span, h.is(RuleTrait.HEAD_TYPED));
            if (target != null && h.is(RuleTrait.HEAD_TYPED)) {
                conf = Math.min(conf, heads.of(a.sent().tok(target.end() - 1)).map(HeadNouns.Head::weight).orElse(conf));
            }
        } else {
            target = Spans.snap(a, Spans.trimDeterminers(a.sent(), span));
        }
        if (target != null) {
            w.at(a, target.start(), target.end()).cues.add(Cue.of(type, h.producer(), conf));
        }
    }

    private void list(CandidateSet w, Analyzed a, RuleSet.Hit h) {
        RuleSet.Span list = h.role("list");
        if (list == null) {
            return;
        }
        SentenceTokens s = a.sent();
        EntityType type = h.type();
        double conf = h.confidence();
        if (h.is(RuleTrait.UNLESS_HEAD_FOLLOWS) && list.end() < s.size()) {
            Token next = s.tok(list.end());
            Optional<HeadNouns.Head> nh = heads.of(next);
            if (TaskPhrases.TASK_NOUNS.contains(next.text().toLowerCase(Locale.ROOT))
                    || nh.filter(x -> x.type() != EntityType.DATASET).isPresent()) {
                return; // "on ImageNet classification", "on BERT models"
            }
        }
        if (type == null) {
            type = exampleType(a, h.role("head"));
            if (type == null || type == EntityType.TASK) {
                conf = LIST_UNKNOWN_KIND; // examples of an unknown kind, or task names written as names
            }
        }
        boolean headless = h.is(RuleTrait.HEADLESS);
        List<RuleSet.Span> items = Spans.items(s, list);
        EntityType known = Spans.listType(a, items);
        for (RuleSet.Span item : items) {
            if (headless && Spans.modifies(s, item)) {
                continue; // "than previous VLN methods": the name only modifies a noun
            }
            if (known != null && known != type && type != EntityType.TASK && Spans.lexType(a, item) == null) {
                add(w, a, h, item, known, LIST_KNOWN_KIND); // "we use TVQA, How2QA, TVC": listed with datasets
            } else {
                add(w, a, h, item, type, conf);
            }
        }
    }

    /** The type of the noun that introduces examples: "models such as" is Method, "tasks such as" Task. */
    private EntityType exampleType(Analyzed a, RuleSet.Span head) {
        if (head == null) {
            return null;
        }
        Token ht = a.sent().tok(head.start());
        for (Marker.LexHit lh : a.marked().lex()) {
            if (lh.start() <= ht.index() && ht.index() < lh.end()) {
                return lh.type();
            }
        }
        if (TaskPhrases.TASK_NOUNS.contains(ht.text().toLowerCase(Locale.ROOT))) {
            return EntityType.TASK;
        }
        return heads.of(ht).map(HeadNouns.Head::type).orElse(null);
    }
}
