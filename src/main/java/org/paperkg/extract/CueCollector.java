package org.paperkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the analyses of a paper's sentences into candidate mentions with their cues: lexicon
 * matches, rule matches, acronym definitions, proposals, name shapes and the title prefix. It
 * decides nothing final; {@link EntityAssembler} weighs the cues.
 */
final class CueCollector {

    /** The candidates of a paper and the pairs (long form, short form) that name one entity. */
    record Collected(List<Candidate> candidates, List<Candidate[]> links) {
    }

    /** List rules whose names stand alone: a noun after the list means the names only modify it. */
    private static final Set<String> HEADLESS = Set.of("pattern:method-context", "pattern:compared-with",
            "pattern:such-as", "pattern:eval-on", "pattern:in-terms-of", "pattern:metric-list",
            "pattern:measured-by", "pattern:dataset-list");
    /** Nouns after "(ACR)" that say too little to type it: "MIL methods" are methods for MIL. */
    private static final Set<String> WEAK_AFTER = Set.of("method", "approach", "technique", "paradigm", "setting",
            "strategy", "scheme", "system", "study", "work", "community", "research", "literature");
    /** Proposal rules that need no first-person sentence. */
    private static final Set<String> IMPERSONAL_PROPOSALS = Set.of("pattern:is-proposed", "pattern:new-desc-name",
            "pattern:is-called", "pattern:desc-name");
    /** Description words that mark someone else's thing: "the current state-of-the-art metrics MS-LEEP". */
    private static final Set<String> NOT_NEW = Set.of("current", "existing", "previous", "prior", "state-of-the-art",
            "standard", "popular", "conventional", "traditional", "baseline", "recent", "well-known", "classic",
            "common", "original", "vanilla", "widely", "famous", "strong", "competitive", "other", "public",
            "publicly", "available", "synthetic", "real", "same", "latest");
    private static final Set<String> SEPARATORS = Set.of(",", ";", "and", "or", "&");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "their", "its", "this", "these");
    private static final Set<String> GENERIC_TAILS = Set.of("metric", "data", "performance", "result", "method",
            "model", "setting", "approach", "technique", "system", "task", "problem", "work", "study", "application",
            "domain", "field", "area", "scenario", "case", "way", "use", "cost", "time", "ability", "capability");
    /** Nouns after a task head that keep it a task ("OOD detection performance", "video recognition tasks"). */
    private static final Set<String> HEAD_FOLLOWERS = Set.of("task", "problem", "performance", "accuracy",
            "benchmark", "dataset", "method", "model", "approach", "system", "setting", "challenge", "result",
            "community", "research", "literature", "field", "pipeline", "framework", "technique", "algorithm",
            "network", "capability", "ability", "metric", "score", "quality", "error");
    /** Participles that belong to task names ("named entity recognition"); other leading ones are trimmed. */
    private static final Set<String> TASK_PARTICIPLES = Set.of("named", "referring", "spoken", "written",
            "handwritten", "missing", "grounded", "embodied");
    private static final Set<String> TASK_NOUNS = Set.of("task", "tasks", "problem", "problems", "application",
            "applications");

    private final HeadNouns heads;
    private final Set<String> taskStopwords;
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
        this.taskStopwords = Set.copyOf(taskStopwords);
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
        Work w = new Work();
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
            c.cues.add(new Cue(f.type(), "title-prefix", f.weight() >= 0.9 ? 0.9 : 0.8, true, List.of()));
            if (f.hasLongForm()) {
                Candidate lf = w.at(sentences.get(0), f.longStart(), f.longEnd());
                lf.cues.add(Cue.of(null, "acronym", 0.85));
                w.links.add(new Candidate[] {lf, c});
            }
        }
        variants(w, sentences);
        return new Collected(List.copyOf(w.spans.values()), List.copyOf(w.links));
    }

    /** "UNIP-S", "UNIP-B": a proposed method's name with a size or variant suffix is a Method too. */
    private static void variants(Work w, List<Analyzed> sentences) {
        Set<String> proposed = new java.util.HashSet<>();
        for (Candidate c : w.spans.values()) {
            if (c.cues.stream().anyMatch(x -> x.proposed() && x.type() == EntityType.METHOD)) {
                proposed.add(NameKey.key(c.name));
            }
        }
        if (proposed.isEmpty()) {
            return;
        }
        for (Analyzed a : sentences) {
            Sent s = a.sent();
            for (NameChunker.Span n : a.marked().names()) {
                if (n.end() - n.start() >= 3 && s.tok(n.start() + 1).text().equals("-")
                        && !s.tok(n.start() + 1).spaceBefore()
                        && proposed.contains(NameKey.key(s.tok(n.start()).text()))) {
                    w.at(a, n.start(), n.end()).cues.add(Cue.of(EntityType.METHOD, "variant", 0.7));
                }
            }
        }
    }

    /** Candidates by span while collecting. */
    private static final class Work {
        final Map<String, Candidate> spans = new LinkedHashMap<>();
        final List<Candidate[]> links = new ArrayList<>();

        Candidate at(Analyzed a, int start, int end) {
            return at(a, start, end, a.sent().span(start, end));
        }

        Candidate at(Analyzed a, int start, int end, String name) {
            String key = a.sent().section() + ":" + a.sent().index() + ":" + start + ":" + end + ":" + name;
            return spans.computeIfAbsent(key, k -> new Candidate(a, start, end, name));
        }
    }

    private void lexicon(Work w, Analyzed a) {
        Sent s = a.sent();
        for (Marker.LexHit h : a.marked().lex()) {
            String text = s.span(h.start(), h.end());
            boolean plainWord = h.end() - h.start() == 1 && text.chars().allMatch(Character::isLetter)
                    && NameKey.upperCount(text) <= 1;
            if (plainWord && !s.tok(h.start()).isNoun()) {
                continue; // "recall" the verb, "precision" as an adjective
            }
            Tok lastTok = s.tok(h.end() - 1);
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
                conf = 0.85;
            } else if (NameKey.key(text).length() <= Lexicon.SHORT_MAX) {
                conf = m.ambiguous() ? 0.6 : 0.8;
            } else {
                conf = m.ambiguous() ? 0.75 : 0.9;
            }
            EntityType type = mixedTypes ? null : h.type();
            if (type == EntityType.METRIC && NameKey.isAllLower(text) && !coreMetrics.contains(NameKey.key(text))) {
                conf = 0.45; // "training time", "memory usage", "sensitivity": a metric only with support
            }
            if ((type == EntityType.TASK || type == EntityType.METHOD) && h.end() - h.start() == 1
                    && text.chars().allMatch(Character::isLowerCase)) {
                conf = 0.45; // "summarization", "pruning": a bare word names no specific task or method
            }
            List<LexiconEntry> entries = h.grown() ? List.of() : m.entries();
            w.at(a, h.start(), h.end()).cues.add(new Cue(type, "lexicon", conf, false, entries));
        }
    }

    private void shapes(Work w, Analyzed a) {
        Sent s = a.sent();
        for (NameChunker.Span n : a.marked().names()) {
            if (!n.strong()) {
                continue;
            }
            String last = s.tok(n.end() - 1).text();
            if (methodSuffix.matcher(last).matches() && !last.equals(s.span(n.start(), n.end()).toUpperCase(Locale.ROOT))) {
                w.at(a, n.start(), n.end()).cues.add(Cue.of(EntityType.METHOD, "shape", 0.65));
            }
        }
    }

    private void acronyms(Work w, Analyzed a) {
        Sent s = a.sent();
        for (Acronyms.Definition d : a.defs()) {
            Candidate lf = w.at(a, d.longStart(), d.longEnd());
            Candidate sf = w.at(a, d.shortStart(), d.shortEnd());
            w.links.add(new Candidate[] {lf, sf});
            EntityType type = null;
            double conf = 0.85;
            int after = d.after();
            Tok afterTok = after >= 0 && after < s.size() ? s.tok(after) : null;
            Optional<HeadNouns.Head> afterHead = afterTok == null ? Optional.empty() : heads.of(afterTok);
            if (afterHead.isPresent() && afterHead.get().type() == EntityType.TASK && afterTok.isNoun()) {
                compoundTask(w, a, d, afterTok, afterHead.get());
            } else if (afterTok != null && TASK_NOUNS.contains(afterTok.text().toLowerCase(Locale.ROOT))) {
                type = EntityType.TASK;
                conf = 0.75;
            } else if (afterHead.isPresent() && afterTok.isNoun() && !WEAK_AFTER.contains(afterTok.lemma().toLowerCase(Locale.ROOT))) {
                type = afterHead.get().type();
                conf = Math.min(0.85, afterHead.get().weight() + 0.1);
            } else {
                Optional<HeadNouns.Head> own = heads.of(s.tok(longHead(s, d)));
                if (own.isPresent()) {
                    type = own.get().type();
                    conf = Math.min(0.85, own.get().weight() + 0.1);
                }
            }
            Cue cue = Cue.of(type, "acronym", conf);
            lf.cues.add(cue);
            sf.cues.add(cue);
        }
    }

    /** The head of a long form: its last word before a free-standing preposition ("Models for ..."). */
    private static int longHead(Sent s, Acronyms.Definition d) {
        for (int i = d.longStart() + 1; i < d.longEnd(); i++) {
            Tok t = s.tok(i);
            if (t.spaceBefore() && t.tag().equals("IN") && i + 1 < s.size() && s.tok(i + 1).spaceBefore()) {
                return i - 1;
            }
        }
        return d.longEnd() - 1;
    }

    /** "Out-of-distribution (OOD) detection": the task is the long form plus the head. */
    private void compoundTask(Work w, Analyzed a, Acronyms.Definition d, Tok head, HeadNouns.Head h) {
        String name = d.longForm() + " " + head.text();
        Candidate c = w.at(a, d.longStart(), head.index() + 1, name);
        c.aliases.add(d.shortForm() + " " + head.text());
        c.cues.add(Cue.of(EntityType.TASK, "acronym+task-head", Math.min(0.85, h.weight() + 0.1)));
    }

    private void rule(Work w, Analyzed a, RuleSet.Hit h) {
        switch (h.kind()) {
            case ENTITY -> entity(w, a, h, taskRoles(a.sent(), h), h.type());
            case LIST -> list(w, a, h);
            case PROPOSAL -> proposal(w, a, h);
            case COMPARISON -> {
                RuleSet.Span list = h.role("list");
                if (list != null) {
                    for (RuleSet.Span item : items(a.sent(), list)) {
                        if (!modifies(a.sent(), item)) {
                            entity(w, a, h, item, EntityType.METHOD);
                        }
                    }
                }
            }
            case RESULT, DELTA -> {
                RuleSet.Span ds = h.role("dataset");
                if (ds != null) {
                    w.at(a, ds.start(), ds.end()).cues.add(Cue.of(EntityType.DATASET, "pattern:result-dataset", 0.7));
                }
                for (String role : List.of("metric", "metric2")) {
                    RuleSet.Span m = h.role(role);
                    for (Marker.LexHit lh : a.marked().lex()) {
                        if (m != null && lh.type() == EntityType.METRIC && m.overlaps(lh.start(), lh.end())) {
                            w.at(a, lh.start(), lh.end()).cues.add(Cue.of(EntityType.METRIC, "pattern:result-metric", 0.75));
                        }
                    }
                }
            }
            default -> {
            }
        }
    }

    /**
     * The span a task rule names: role "name"; or role "head" with the noun phrase before it; or
     * the noun phrase that ends before role "left" ("X is a challenging task").
     */
    private static RuleSet.Span taskRoles(Sent s, RuleSet.Hit h) {
        if (h.role("name") != null) {
            return h.role("name");
        }
        if (h.role("head") != null) {
            RuleSet.Span head = h.role("head");
            int at = head.start();
            if (at >= 2 && s.tok(at - 1).text().equals("-") && !s.tok(at).spaceBefore()
                    && !s.tok(at - 1).spaceBefore()) {
                return null; // "low-resolution": the head word is only the end of a modifier
            }
            if (head.end() < s.size()) {
                Tok next = s.tok(head.end());
                if (next.isNoun() && !next.text().equals("-") && !HEAD_FOLLOWERS.contains(next.lemma().toLowerCase(Locale.ROOT))
                        && Character.isLowerCase(next.text().charAt(0))) {
                    return null; // "language prediction loss": the phrase's head is "loss"
                }
            }
            return new RuleSet.Span(leftPhrase(s, head.start()), head.end());
        }
        if (h.role("left") != null) {
            int end = h.role("left").start();
            int start = leftPhrase(s, end);
            return start < end ? new RuleSet.Span(start, end) : null;
        }
        return null;
    }

    /** Start of the noun phrase (at most six tokens of nouns, adjectives, participles, hyphens) ending before {@code end}. */
    static int leftPhrase(Sent s, int end) {
        int start = end;
        while (start > 0 && end - start < 6) {
            Tok t = s.tok(start - 1);
            boolean np = t.tag().matches("JJ.*|NN.*|VBG|VBN|FW|CD|HYPH") || t.text().equals("-") || t.text().equals("/")
                    || (!t.spaceBefore() && start - 1 > 0 && s.tok(start - 2).text().equals("-"));
            if (!np) {
                break;
            }
            start--;
        }
        return start;
    }

    private void entity(Work w, Analyzed a, RuleSet.Hit h, RuleSet.Span span, EntityType type) {
        add(w, a, h, span, type, h.confidence());
    }

    /** Adds a rule's cue to a span; task phrases (from the task rules) are cut to their name first. */
    private void add(Work w, Analyzed a, RuleSet.Hit h, RuleSet.Span span, EntityType type, double conf) {
        if (span == null) {
            return;
        }
        RuleSet.Span target;
        if (type == EntityType.TASK && h.file().equals("tasks.rules")) {
            target = taskSpan(a, span, h.producer().equals("pattern:task-head"));
            if (target != null && h.producer().equals("pattern:task-head")) {
                conf = Math.min(conf, heads.of(a.sent().tok(target.end() - 1)).map(HeadNouns.Head::weight).orElse(conf));
            }
        } else {
            target = snap(a, trimDeterminers(a.sent(), span));
        }
        if (target != null) {
            w.at(a, target.start(), target.end()).cues.add(Cue.of(type, h.producer(), conf));
        }
    }

    private void list(Work w, Analyzed a, RuleSet.Hit h) {
        RuleSet.Span list = h.role("list");
        if (list == null) {
            return;
        }
        Sent s = a.sent();
        EntityType type = h.type();
        double conf = h.confidence();
        if (h.producer().equals("pattern:eval-on") && list.end() < s.size()) {
            Tok next = s.tok(list.end());
            Optional<HeadNouns.Head> nh = heads.of(next);
            if (TASK_NOUNS.contains(next.text().toLowerCase(Locale.ROOT))
                    || nh.filter(x -> x.type() != EntityType.DATASET).isPresent()) {
                return; // "on ImageNet classification", "on BERT models"
            }
        }
        if (type == null) {
            type = exampleType(a, h.role("head"));
            if (type == null || type == EntityType.TASK) {
                conf = 0.5; // examples of an unknown kind, or task names written as names
            }
        }
        boolean headless = HEADLESS.contains(h.producer());
        List<RuleSet.Span> items = items(s, list);
        EntityType known = listType(a, items);
        for (RuleSet.Span item : items) {
            if (headless && modifies(s, item)) {
                continue; // "than previous VLN methods": the name only modifies a noun
            }
            if (known != null && known != type && type != EntityType.TASK && lexType(a, item) == null) {
                add(w, a, h, item, known, 0.7); // "we use TVQA, How2QA, TVC": listed with datasets
            } else {
                add(w, a, h, item, type, conf);
            }
        }
    }

    /** The one lexicon type the known items of a list share, or null (none known, or mixed). */
    private static EntityType listType(Analyzed a, List<RuleSet.Span> items) {
        EntityType shared = null;
        for (RuleSet.Span item : items) {
            EntityType t = lexType(a, item);
            if (t != null) {
                if (shared != null && shared != t) {
                    return null;
                }
                shared = t;
            }
        }
        return shared;
    }

    private static EntityType lexType(Analyzed a, RuleSet.Span item) {
        for (Marker.LexHit h : a.marked().lex()) {
            if (h.start() <= item.start() && item.end() <= h.end() + 1 && h.start() < item.end()) {
                return h.type();
            }
        }
        return null;
    }

    /**
     * True when the span modifies a following lower-case noun ("VLN methods", "Synapse multi-organ
     * dataset"): then it is part of a longer noun phrase, not the thing named.
     */
    static boolean modifies(Sent s, RuleSet.Span item) {
        int i = item.end();
        if (i >= s.size() || !s.tok(i).spaceBefore()) {
            return false;
        }
        int end = wordEnd(s, i);
        Tok last = s.tok(end - 1);
        if (!Character.isLowerCase(s.tok(i).text().charAt(0))) {
            return false;
        }
        if (last.tag().matches("NNS?")) {
            return true;
        }
        if (last.tag().startsWith("JJ") && end < s.size()) {
            int end2 = wordEnd(s, end);
            Tok n2 = s.tok(end2 - 1);
            return n2.tag().matches("NNS?") && Character.isLowerCase(s.tok(end).text().charAt(0));
        }
        return false;
    }

    /** The token after the written word (no white space inside) that starts at {@code i}. */
    private static int wordEnd(Sent s, int i) {
        int j = i + 1;
        while (j < s.size() && !s.tok(j).spaceBefore() && !s.tok(j).text().matches("[,.;:()]")) {
            j++;
        }
        return j;
    }

    /** The type of the noun that introduces examples: "models such as" is Method, "tasks such as" Task. */
    private EntityType exampleType(Analyzed a, RuleSet.Span head) {
        if (head == null) {
            return null;
        }
        Tok ht = a.sent().tok(head.start());
        for (Marker.LexHit lh : a.marked().lex()) {
            if (lh.start() <= ht.index() && ht.index() < lh.end()) {
                return lh.type();
            }
        }
        if (TASK_NOUNS.contains(ht.text().toLowerCase(Locale.ROOT))) {
            return EntityType.TASK;
        }
        return heads.of(ht).map(HeadNouns.Head::type).orElse(null);
    }

    private void proposal(Work w, Analyzed a, RuleSet.Hit h) {
        Sent s = a.sent();
        if (!IMPERSONAL_PROPOSALS.contains(h.producer()) && !firstPerson(s)) {
            return;
        }
        if (h.producer().equals("pattern:desc-name")) {
            RuleSet.Span n = h.role("name");
            Tok article = s.tok(h.whole().start());
            boolean standalone = article.spaceBefore() || article.index() == 0;
            boolean inLongForm = a.defs().stream().anyMatch(d -> d.longStart() <= n.start() && n.start() < d.longEnd());
            boolean fresh = n != null && standalone && !inLongForm && !known(a, n.start(), n.end()) && strongName(a, n)
                    && !modifies(s, n) && !describedAsOld(s, h.role("desc"));
            boolean aboutUs = firstPerson(s) || s.tok(0).is("this") || s.tok(0).is("our")
                    || (s.tok(0).is("the") && s.size() > 1 && s.tok(1).is("proposed"));
            if (!fresh || !aboutUs) {
                return;
            }
        }
        if (h.role("name") == null && h.role("list") == null && h.role("verb") != null) {
            proposalWindow(w, a, h);
            return;
        }
        EntityType type = proposalType(s, h.role("desc"), h.role("name"));
        List<RuleSet.Span> names = new ArrayList<>();
        if (h.role("name") != null) {
            names.add(h.role("name"));
        }
        if (h.role("list") != null) {
            names.addAll(items(s, h.role("list")));
        }
        for (RuleSet.Span n : names) {
            Candidate target = null;
            for (Acronyms.Definition d : a.defs()) {
                boolean overlapsLong = d.longStart() <= n.start() && n.start() < d.longEnd();
                boolean overlapsShort = d.shortStart() < n.end() && n.start() < d.shortEnd();
                if (overlapsLong || overlapsShort) {
                    target = w.at(a, d.longStart(), d.longEnd());
                }
            }
            if (target == null && n.end() + 1 < s.size() && s.tok(n.end()).text().equals("-")
                    && !s.tok(n.end()).spaceBefore()) {
                continue; // "we propose BERT-based ..."
            }
            if (target == null) {
                RuleSet.Span e = snap(a, trimDeterminers(s, n));
                if (e == null) {
                    continue;
                }
                target = w.at(a, e.start(), e.end());
            }
            target.cues.add(new Cue(type, h.producer(), h.confidence(), true, List.of()));
        }
    }

    /**
     * "we propose a novel ... metric (OSBORN)": the first acronym definition starting within twelve
     * words after the verb, else the first bracketed name within twenty words that the lexicon does
     * not know, is what the sentence proposes.
     */
    private void proposalWindow(Work w, Analyzed a, RuleSet.Hit h) {
        Sent s = a.sent();
        int v = h.role("verb").end();
        if (v < s.size() && s.tok(v).is("to")) {
            return; // "we propose to exploit ...": what follows is a plan, not a name
        }
        for (Acronyms.Definition d : a.defs()) {
            int start = Math.min(d.longStart(), d.shortStart());
            if (start >= v && start <= v + 12 && !known(a, d.longStart(), d.longEnd()) && !known(a, d.shortStart(), d.shortEnd())) {
                int after = d.reversed() ? d.longEnd() + 1 : d.shortEnd() + 1;
                RuleSet.Span nameSpan = new RuleSet.Span(d.longStart(), Math.min(after, s.size()) - 1);
                EntityType type = proposalType(s, new RuleSet.Span(v, d.longEnd()), nameSpan);
                w.at(a, d.longStart(), d.longEnd()).cues.add(new Cue(type, h.producer(), h.confidence(), true, List.of()));
                return;
            }
        }
        for (int i = v; i + 2 < s.size() && i <= v + 20; i++) {
            if (!s.tok(i).text().equals("(")) {
                continue;
            }
            for (NameChunker.Span n : a.marked().names()) {
                if (n.start() == i + 1 && n.end() < s.size() && s.tok(n.end()).text().equals(")")
                        && !known(a, n.start(), n.end())) {
                    EntityType type = proposalType(s, new RuleSet.Span(v, i), new RuleSet.Span(n.start(), n.end()));
                    w.at(a, n.start(), n.end()).cues.add(new Cue(type, h.producer(), n.strong() ? 0.7 : 0.65, true,
                            List.of()));
                    return;
                }
            }
            return; // only the first bracket counts
        }
    }

    private static boolean strongName(Analyzed a, RuleSet.Span n) {
        for (NameChunker.Span c : a.marked().names()) {
            if (c.start() == n.start() && c.end() == n.end()) {
                return c.strong();
            }
        }
        return false;
    }

    private static boolean describedAsOld(Sent s, RuleSet.Span desc) {
        if (desc == null) {
            return false;
        }
        for (int i = desc.start(); i < desc.end(); i++) {
            if (NOT_NEW.contains(s.tok(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when a lexicon match covers the span: a known name is not this paper's proposal. */
    private static boolean known(Analyzed a, int start, int end) {
        for (Marker.LexHit h : a.marked().lex()) {
            if (h.start() <= start && end <= h.end() && !h.grown()) {
                return true;
            }
        }
        return false;
    }

    /** Dataset, Metric or Task when the description's head (or the word after the name) says so, else Method. */
    private EntityType proposalType(Sent s, RuleSet.Span desc, RuleSet.Span name) {
        List<Tok> candidates = new ArrayList<>();
        if (desc != null) {
            for (int i = desc.end() - 1; i >= desc.start(); i--) {
                Tok t = s.tok(i);
                if (t.isNoun() || heads.of(t).isPresent() || t.lemma().matches("(?i)metric|measure|task|problem")) {
                    candidates.add(t); // the tagger may read "metric" as an adjective
                    break;
                }
            }
        }
        if (name != null) {
            int after = name.end() < s.size() && s.tok(name.end()).text().equals(")") ? name.end() + 1 : name.end();
            if (after < s.size()) {
                candidates.add(s.tok(after));
            }
        }
        if (name != null) {
            // "X (TAPE), a set of five ... tasks": the appositive after the name describes it too
            int i = name.end();
            if (i < s.size() && s.tok(i).text().equals("(")) {
                while (i < s.size() && !s.tok(i).text().equals(")")) {
                    i++;
                }
            }
            if (i < s.size() && s.tok(i).text().equals(")")) {
                i++;
            }
            if (i + 2 < s.size() && s.tok(i).text().equals(",") && s.tok(i + 1).text().matches("(?i)a|an|the")) {
                for (int j = i + 2; j < Math.min(s.size(), i + 6); j++) {
                    if (s.tok(j).is("of") || s.tok(j).text().matches("[,;.]")) {
                        break;
                    }
                    if (s.tok(j).isNoun()) {
                        candidates.add(0, s.tok(j));
                    }
                }
            }
        }
        for (Tok t : candidates) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (lemma.equals("task") || lemma.equals("problem") || lemma.equals("direction") || lemma.equals("setting")) {
                return EntityType.TASK;
            }
            if (lemma.equals("set") || lemma.equals("suite")) {
                return EntityType.DATASET; // "a set of tasks", "a benchmark suite"
            }
            if (lemma.equals("metric") || lemma.equals("measure")) {
                return EntityType.METRIC;
            }
            Optional<HeadNouns.Head> hd = heads.of(t);
            if (hd.isPresent() && hd.get().type() == EntityType.DATASET) {
                return EntityType.DATASET;
            }
        }
        return EntityType.METHOD;
    }

    /** The coordinated items of a list span: split on commas, "and", "or", "as well as". */
    static List<RuleSet.Span> items(Sent s, RuleSet.Span list) {
        List<RuleSet.Span> out = new ArrayList<>();
        int start = list.start();
        int i = list.start();
        while (i < list.end()) {
            String t = s.tok(i).text().toLowerCase(Locale.ROOT);
            int width = 0;
            if (SEPARATORS.contains(t)) {
                width = 1;
            } else if (t.equals("as") && i + 2 < list.end() && s.tok(i + 1).is("well") && s.tok(i + 2).is("as")) {
                width = 3;
            }
            if (width > 0) {
                if (i > start) {
                    out.add(new RuleSet.Span(start, i));
                }
                i += width;
                start = i;
            } else {
                i++;
            }
        }
        if (start < list.end()) {
            out.add(new RuleSet.Span(start, list.end()));
        }
        return out;
    }

    /**
     * The longest name-shaped span or lexicon match that starts where {@code span} starts and
     * covers it: a rule may have matched "Med-PaLM" (the lexicon name) inside "Med-PaLM Multimodal".
     */
    private static RuleSet.Span snap(Analyzed a, RuleSet.Span span) {
        if (span == null) {
            return null;
        }
        int end = span.end();
        for (NameChunker.Span n : a.marked().names()) {
            if (n.start() == span.start() && n.end() > end) {
                end = n.end();
            }
        }
        for (Marker.LexHit h : a.marked().lex()) {
            if (h.start() == span.start() && h.end() > end) {
                end = h.end();
            }
        }
        return end == span.end() ? span : new RuleSet.Span(span.start(), end);
    }

    private static RuleSet.Span trimDeterminers(Sent s, RuleSet.Span span) {
        int b = span.start();
        int e = span.end();
        while (b < e && (DETERMINERS.contains(s.tok(b).text().toLowerCase(Locale.ROOT)) || s.tok(b).text().matches("[\"“'(]"))) {
            b++;
        }
        while (e > b && s.tok(e - 1).text().matches("[\"”')]")) {
            e--;
        }
        return b < e ? new RuleSet.Span(b, e) : null;
    }

    /**
     * A task phrase cut to its name: evaluative words, numbers and "X-based" modifiers trimmed from
     * the front (whole written words: "state-of-the-art"), non-nouns from the end; at least two
     * words, and ending on a task head when {@code needHead}.
     */
    RuleSet.Span taskSpan(Analyzed a, RuleSet.Span span, boolean needHead) {
        Sent s = a.sent();
        List<NameChunker.Word> words = a.marked().words();
        int b = span.start();
        int e = span.end();
        NameChunker.Word w = wordAt(words, b);
        if (w != null && w.start() < b) {
            b = w.fullEnd(); // the phrase began inside a hyphenated word
        }
        for (int i = b; i < e - 1; i++) {
            NameChunker.Word x = wordAt(words, i);
            String t = s.tok(i).text().toLowerCase(Locale.ROOT);
            if ((x != null && x.stripped() && x.fullEnd() < e) || TASK_NOUNS.contains(t)) {
                b = x != null && x.stripped() ? x.fullEnd() : i + 1; // "Deep learning-based object detection"
            }
        }
        while (b < e) {
            w = wordAt(words, b);
            int wEnd = Math.min(w.fullEnd(), e);
            String text = s.span(b, wEnd).toLowerCase(Locale.ROOT);
            Tok t = s.tok(b);
            boolean participle = wEnd - b == 1 && !TASK_PARTICIPLES.contains(text) && !inName(a, b)
                    && (t.tag().matches("VBN|JJR|JJS") || (t.tag().equals("VBG")
                        && (s.section() == Section.TITLE || Character.isUpperCase(t.text().charAt(0)))));
            boolean trim = taskStopwords.contains(text) || DETERMINERS.contains(text) || w.stripped()
                    || text.chars().noneMatch(Character::isLetter) || participle || isDataset(a, b);
            if (!trim) {
                break;
            }
            b = wEnd;
        }
        while (e > b && !(s.tok(e - 1).isNoun() || s.tok(e - 1).tag().equals("VBG"))) {
            e--;
        }
        if (b >= e) {
            return null;
        }
        int count = 0;
        for (NameChunker.Word x : words) {
            if (x.start() < e && b < x.fullEnd()) {
                count++;
            }
        }
        if (count < 2) {
            return null;
        }
        Tok last = s.tok(e - 1);
        if (needHead && heads.of(last).filter(h -> h.type() == EntityType.TASK).isEmpty()) {
            return null;
        }
        if (!needHead && GENERIC_TAILS.contains(last.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int i = b; i < e; i++) {
            if (s.tok(i).tag().matches("VB|VBD|VBP|VBZ|PRP.*|DT|IN|CC|MD") && !inName(a, i)) {
                return null;
            }
        }
        return new RuleSet.Span(b, e);
    }

    private static boolean inName(Analyzed a, int token) {
        for (NameChunker.Span n : a.marked().names()) {
            if (n.start() <= token && token < n.end()) {
                return true;
            }
        }
        return false;
    }

    /** True when the token is part of a Dataset lexicon match ("ImageNet classification", "PASCAL VOC detection"). */
    private static boolean isDataset(Analyzed a, int token) {
        for (Marker.LexHit h : a.marked().lex()) {
            if (h.start() <= token && token < h.end() && h.type() == EntityType.DATASET) {
                return true;
            }
        }
        return false;
    }

    private static NameChunker.Word wordAt(List<NameChunker.Word> words, int token) {
        for (NameChunker.Word w : words) {
            if (w.start() <= token && token < w.fullEnd()) {
                return w;
            }
        }
        return null;
    }

    /** True when the sentence speaks for the authors: "we", "our", "us", "this paper/work/study". */
    static boolean firstPerson(Sent s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.tok(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("we") || w.equals("our") || w.equals("us") || w.equals("ours")) {
                return true;
            }
            if ((w.equals("this") || w.equals("the")) && i + 1 < s.size()
                    && s.tok(i + 1).text().toLowerCase(Locale.ROOT).matches("paper|work|study|article|letter|thesis|dissertation|report")) {
                return true;
            }
        }
        return false;
    }
}
