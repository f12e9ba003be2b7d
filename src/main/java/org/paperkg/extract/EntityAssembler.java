package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.paperkg.domain.EntityType;

/**
 * Weighs the cues of a paper's candidate mentions and makes entities of them.
 *
 * <ol>
 *   <li>A candidate inside the long form of an acronym definition is dropped; one inside a longer
 *       candidate of the same type gives its support to the longer one ("Swin Transformer" inside
 *       "Video Swin Transformer").</li>
 *   <li>Candidates with the same name key (letters and digits, a final plural "s" ignored), the
 *       two forms of an acronym definition, and names of the same lexicon entry ("BERT",
 *       "Bidirectional Encoder Representations from Transformers") form one group: one entity.</li>
 *   <li>{@link TypeVote} decides the type and confidence; a group without a typed cue is no
 *       entity, and a lone capitalised word ("Gaussian") keeps 70% of its confidence.</li>
 *   <li>Generic phrases ({@code generic-names.txt}) are dropped, whoever names them, unless the
 *       title prefix does.</li>
 *   <li>A task written only in the title with the paper's own modifiers folds into the abstract's
 *       task that ends it ("Efficient Contrastive Knowledge Graph Completion").</li>
 *   <li>Other occurrences of the name (as a name-shaped span or lexicon match) become further
 *       mentions, producer "repeat".</li>
 * </ol>
 */
final class EntityAssembler {

    /** An emitted entity and where it is mentioned, for attaching results and comparisons. */
    record Placed(ExtractedEntity entity, Analyzed sentence, int start, int end) {
    }

    /** Entities in order of first mention, and their mentions by sentence. */
    record Assembly(List<ExtractedEntity> entities, List<Placed> placements) {

        /** The first proposed entity of a type, or null. */
        ExtractedEntity proposed(EntityType type) {
            return entities.stream().filter(e -> e.proposed() && e.type() == type).findFirst().orElse(null);
        }
    }

    private final Set<String> genericKeys;
    private final Predicate<String> curatedIri;

    EntityAssembler(Set<String> genericNames, Predicate<String> curatedIri) {
        Set<String> keys = new HashSet<>();
        for (String g : genericNames) {
            keys.add(NameKey.key(g));
        }
        this.genericKeys = Set.copyOf(keys);
        this.curatedIri = curatedIri;
    }

    Assembly assemble(CueCollector.Collected collected, List<Analyzed> sentences) {
        List<Candidate> cands = absorbNested(collected);
        int n = cands.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> byKey = new HashMap<>();
        Map<Candidate, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(cands.get(i), i);
            for (String k : keys(cands.get(i))) {
                Integer j = byKey.putIfAbsent(k, i);
                if (j != null) {
                    union(parent, i, j);
                }
            }
        }
        for (Candidate[] link : collected.links()) {
            Integer a = index.get(link[0]);
            Integer b = index.get(link[1]);
            if (a != null && b != null) {
                union(parent, a, b);
            }
        }
        Map<String, Integer> byIri = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Cue c : cands.get(i).cues) {
                if (c.entries().size() == 1) { // "BERT" and "Bidirectional Encoder Representations from Transformers"
                    Integer j = byIri.putIfAbsent(c.entries().get(0).iri(), i);
                    if (j != null) {
                        union(parent, i, j);
                    }
                }
            }
        }
        Map<Integer, List<Candidate>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(cands.get(i));
        }
        Set<Candidate> longForms = new HashSet<>();
        for (Candidate[] link : collected.links()) {
            longForms.add(link[0]);
        }
        List<Placed> placements = new ArrayList<>();
        List<ExtractedEntity> entities = new ArrayList<>();
        for (List<Candidate> g : groups.values()) {
            build(g, longForms, sentences, entities, placements);
        }
        dropTitleOnlyTaskVariants(entities, placements);
        entities.sort(Comparator.comparingInt(e -> firstOffset(e)));
        return new Assembly(List.copyOf(entities), List.copyOf(placements));
    }

    /**
     * A title writes tasks with their paper's own modifiers ("Efficient Contrastive Knowledge Graph
     * Completion"); when only the title uses such a phrase and the abstract names a task that ends
     * it ("knowledge graph completion"), the title phrase is that task, not another one.
     */
    private static void dropTitleOnlyTaskVariants(List<ExtractedEntity> entities, List<Placed> placements) {
        List<ExtractedEntity> drop = new ArrayList<>();
        for (ExtractedEntity t : entities) {
            if (t.type() != EntityType.TASK || t.evidence().stream().anyMatch(ev -> ev.section() != Section.TITLE)) {
                continue;
            }
            String key = NameKey.key(t.name());
            for (ExtractedEntity o : entities) {
                String ok = NameKey.key(o.name());
                if (o != t && o.type() == EntityType.TASK && key.endsWith(ok) && key.length() > ok.length()
                        && o.evidence().stream().anyMatch(ev -> ev.section() == Section.ABSTRACT)) {
                    drop.add(t);
                    break;
                }
            }
        }
        entities.removeAll(drop);
        placements.removeIf(p -> drop.contains(p.entity()));
    }

    private static int firstOffset(ExtractedEntity e) {
        Evidence first = e.evidence().get(0);
        return (first.section() == Section.TITLE ? 0 : 1_000_000) + first.start();
    }

    /**
     * Drops candidates inside the long form of an acronym definition, and folds candidates into
     * longer same-typed ones that contain them.
     */
    private static List<Candidate> absorbNested(CueCollector.Collected collected) {
        Set<Candidate> linked = new HashSet<>();
        for (Candidate[] link : collected.links()) {
            linked.add(link[0]);
            linked.add(link[1]);
        }
        List<Candidate> all = collected.candidates();
        Set<Candidate> dropped = new HashSet<>();
        for (Candidate[] link : collected.links()) {
            for (Candidate inner : all) {
                if (!linked.contains(inner) && link[0].contains(inner)) {
                    dropped.add(inner); // words of a defined long form are not mentions of their own
                }
            }
        }
        for (Candidate inner : all) {
            if (dropped.contains(inner)) {
                continue;
            }
            if (linked.contains(inner)) {
                continue;
            }
            EntityType it = TypeVote.bestType(inner.cues);
            for (Candidate outer : all) {
                if (outer == inner || dropped.contains(outer) || !outer.contains(inner)) {
                    continue;
                }
                EntityType ot = TypeVote.bestType(outer.cues);
                if (ot != null && (it == null || it == ot)) {
                    for (Cue c : inner.cues) {
                        outer.cues.add(new Cue(c.type(), c.producer(), c.confidence(), c.proposed(),
                                c.statesProposal(), List.of()));
                    }
                    dropped.add(inner);
                    break;
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) {
            if (!dropped.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static Set<String> keys(Candidate c) {
        Set<String> out = new LinkedHashSet<>();
        addKeys(out, c.name);
        for (String a : c.aliases) {
            addKeys(out, a);
        }
        return out;
    }

    private static void addKeys(Set<String> out, String name) {
        String k = NameKey.key(name);
        if (k.isEmpty()) {
            return;
        }
        out.add(k);
        if (name.endsWith("s") && !name.endsWith("ss") && k.length() > 3) {
            out.add(k.substring(0, k.length() - 1));
        }
    }

    private void build(List<Candidate> g, Set<Candidate> longForms, List<Analyzed> sentences,
            List<ExtractedEntity> entities, List<Placed> placements) {
        List<Cue> cues = new ArrayList<>();
        for (Candidate c : g) {
            cues.addAll(c.cues);
        }
        TypeVote.Verdict v = TypeVote.decide(cues, curatedIri);
        if (v == null) {
            return; // nothing says what kind of thing it is
        }
        double conf = v.confidence();
        boolean proposed = cues.stream().anyMatch(Cue::proposed);
        Names names = Names.of(g, longForms);
        if (!v.byLexicon() && !proposed && NameKey.isCapitalisedWord(names.name())) {
            conf *= 0.7; // a lone capitalised word ("Gaussian", "Tuning") is a weak name
        }
        boolean titled = cues.stream().anyMatch(c -> c.producer().equals("title-prefix"));
        if (!titled && generic(g)) {
            return; // generic phrases stay out even when the lexicon or a proposal sentence names them
        }
        if (names.name().chars().noneMatch(Character::isLetter) || NameKey.key(names.name()).length() < 2) {
            return;
        }
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : g) {
            String producer = String.join("+", c.cues.stream().map(Cue::producer).distinct().toList());
            add(mentions, new Mention(c.sentence, c.start, c.end, producer.isEmpty() ? "repeat" : producer,
                    c.cues.stream().anyMatch(Cue::statesProposal)));
        }
        repeats(g, sentences, mentions);
        mentions.sort(Comparator.comparingInt((Mention m) -> m.sentence().sent().section().ordinal())
                .thenComparingInt(m -> m.sentence().sent().tok(m.start()).begin()));
        List<Evidence> evidence = new ArrayList<>();
        for (Mention m : mentions) {
            SentenceTokens s = m.sentence().sent();
            evidence.add(new Evidence(s.section(), s.tok(m.start()).begin(), s.tok(m.end() - 1).end(), s.text(),
                    m.producer(), conf, m.statesProposal()));
        }
        ExtractedEntity e = new ExtractedEntity(v.type(), names.name(), names.aliases(), v.lexiconId(), proposed,
                evidence);
        entities.add(e);
        for (Mention m : mentions) {
            placements.add(new Placed(e, m.sentence(), m.start(), m.end()));
        }
    }

    /** One mention of a group: where, which producers pointed at it, whether it states the proposal. */
    private record Mention(Analyzed sentence, int start, int end, String producer, boolean statesProposal) {
    }

    private static void add(List<Mention> mentions, Mention m) {
        for (Mention x : mentions) {
            if (x.sentence() == m.sentence() && x.start() == m.start() && x.end() == m.end()) {
                return;
            }
        }
        mentions.add(m);
    }

    /** Adds the other name-shaped spans and lexicon matches that carry one of the group's names. */
    private static void repeats(List<Candidate> g, List<Analyzed> sentences, List<Mention> mentions) {
        Set<String> keys = new HashSet<>();
        for (Candidate c : g) {
            keys.addAll(keys(c));
        }
        for (Analyzed a : sentences) {
            SentenceTokens s = a.sent();
            List<int[]> spans = new ArrayList<>();
            for (NameChunker.Span n : a.marked().names()) {
                spans.add(new int[] {n.start(), n.end()});
            }
            for (Marker.LexHit h : a.marked().lex()) {
                spans.add(new int[] {h.start(), h.end()});
            }
            for (int[] sp : spans) {
                Set<String> k = new LinkedHashSet<>();
                addKeys(k, s.span(sp[0], sp[1]));
                if (!k.isEmpty() && keys.contains(k.iterator().next())) {
                    add(mentions, new Mention(a, sp[0], sp[1], "repeat", false));
                }
            }
        }
    }

    private boolean generic(List<Candidate> g) {
        for (Candidate c : g) {
            for (String k : keys(c)) {
                if (genericKeys.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
