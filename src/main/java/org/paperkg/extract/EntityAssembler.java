package org.paperkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Weighs the cues of a paper's candidate mentions and makes entities of them.
 *
 * <ol>
 *   <li>A candidate inside a longer one of the same type gives its support to the longer one
 *       ("Swin Transformer" inside "Video Swin Transformer").</li>
 *   <li>Candidates with the same name key (letters and digits, a final plural "s" ignored), and
 *       the two forms of an acronym definition, form one group: one entity.</li>
 *   <li>The lexicon's type wins; otherwise the type with the most support. Cues of one type
 *       combine as independent evidence, 1 - (1 - c1)(1 - c2)..., one per producer; support for a
 *       rival type lowers the result. A group without a typed cue is no entity.</li>
 *   <li>Generic phrases ({@code generic-names.txt}) are dropped unless the curated lexicon or a
 *       proposal names them.</li>
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

    private static final double CAP = 0.97;

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
            EntityType it = bestType(inner.cues);
            for (Candidate outer : all) {
                if (outer == inner || dropped.contains(outer) || !outer.contains(inner)) {
                    continue;
                }
                EntityType ot = bestType(outer.cues);
                if (ot != null && (it == null || it == ot)) {
                    for (Cue c : inner.cues) {
                        outer.cues.add(new Cue(c.type(), c.producer(), c.confidence(), c.proposed(), List.of()));
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

    private static EntityType bestType(List<Cue> cues) {
        Map<EntityType, Double> s = scores(cues);
        return s.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Per type, the cues' combined confidence: 1 - prod(1 - c) over producers (best cue of each). */
    private static Map<EntityType, Double> scores(List<Cue> cues) {
        Map<EntityType, Map<String, Double>> best = new EnumMap<>(EntityType.class);
        for (Cue c : cues) {
            if (c.type() != null) {
                best.computeIfAbsent(c.type(), t -> new HashMap<>()).merge(c.producer(), c.confidence(), Math::max);
            }
        }
        Map<EntityType, Double> out = new EnumMap<>(EntityType.class);
        best.forEach((t, byProducer) -> {
            double miss = 1;
            for (double c : byProducer.values()) {
                miss *= 1 - c;
            }
            out.put(t, Math.min(CAP, 1 - miss));
        });
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
        EntityType type;
        double conf;
        Map<EntityType, Double> scores = scores(cues);
        EntityType lexType = null;
        for (Cue c : cues) {
            if (c.producer().equals("lexicon") && c.type() != null && !c.entries().isEmpty()) {
                lexType = c.type();
                break;
            }
        }
        EntityType proposedType = proposalType(cues);
        boolean lexiconOverruled = lexType != null && proposedType != null && proposedType != lexType;
        if (lexiconOverruled) {
            lexType = null; // the paper names something new: "SST" here is a backbone, not the dataset
            scores.remove(proposedTypeRival(scores, proposedType));
        }
        if (lexType != null) {
            type = lexType;
            conf = scores.get(lexType);
        } else {
            if (scores.isEmpty()) {
                return;
            }
            type = scores.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            conf = scores.get(type);
            double rival = 0;
            Map<EntityType, Double> rivals = type == EntityType.TASK ? scores(withoutHeadPatterns(cues)) : scores;
            for (Map.Entry<EntityType, Double> e : rivals.entrySet()) {
                if (e.getKey() != type) {
                    rival = Math.max(rival, e.getValue());
                }
            }
            conf = Math.max(0.3, conf - 0.5 * rival);
        }
        boolean untypedAcronym = cues.stream().anyMatch(c -> c.type() == null && c.producer().equals("acronym"));
        if (untypedAcronym) {
            conf = Math.max(conf, Math.min(0.85, conf + 0.1));
        }
        boolean proposed = cues.stream().anyMatch(Cue::proposed);
        String lexiconId = null;
        boolean curated = false;
        for (Cue c : cues) {
            if (lexiconOverruled) {
                break;
            }
            if (c.producer().equals("lexicon") && c.entries().size() == 1 && curatedIri.test(c.entries().get(0).iri())) {
                lexiconId = c.entries().get(0).iri();
                curated = true;
                break;
            }
        }
        Names names = Names.of(g, longForms);
        if (lexType == null && !proposed && NameKey.isCapitalisedWord(names.name())) {
            conf *= 0.7; // a lone capitalised word ("Gaussian", "Tuning") is a weak name
        }
        boolean titled = cues.stream().anyMatch(c -> c.producer().equals("title-prefix"));
        if (!titled && generic(g)) {
            return; // generic phrases stay out even when the lexicon or a proposal sentence names them
        }
        if (!names.name().chars().anyMatch(Character::isLetter) || NameKey.key(names.name()).length() < 2) {
            return;
        }
        List<Evidence> evidence = new ArrayList<>();
        List<Object[]> where = new ArrayList<>();
        for (Candidate c : g) {
            String producer = String.join("+", c.cues.stream().map(Cue::producer).distinct().toList());
            addEvidence(evidence, where, c.sentence, c.start, c.end, producer.isEmpty() ? "repeat" : producer, conf);
        }
        repeats(g, sentences, evidence, where, conf);
        Integer[] order = new Integer[evidence.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt((Integer i) -> evidence.get(i).section().ordinal())
                .thenComparingInt(i -> evidence.get(i).start()));
        List<Evidence> sorted = new ArrayList<>();
        for (Integer i : order) {
            sorted.add(evidence.get(i));
        }
        ExtractedEntity e = new ExtractedEntity(type, names.name(), names.aliases(), lexiconId, proposed, sorted);
        entities.add(e);
        for (Object[] w : where) {
            placements.add(new Placed(e, (Analyzed) w[0], (Integer) w[1], (Integer) w[2]));
        }
    }

    /**
     * The type the paper's own proposal gives, if any (the strongest proposal cue wins; a title
     * prefix without a typing head counts as a Method).
     */
    private static EntityType proposalType(List<Cue> cues) {
        Cue best = null;
        for (Cue c : cues) {
            if (c.proposed() && c.type() != null && (best == null || c.confidence() > best.confidence())) {
                best = c;
            }
        }
        return best == null ? null : best.type();
    }

    /** The lexicon's type, to be dropped from the scores when a proposal overrules it. */
    private static EntityType proposedTypeRival(Map<EntityType, Double> scores, EntityType proposed) {
        EntityType rival = null;
        for (EntityType t : scores.keySet()) {
            if (t != proposed && (rival == null || scores.get(t) > scores.get(rival))) {
                rival = t;
            }
        }
        return rival;
    }

    /** "KGC models", "OOD detection methods": after a task name, a model noun means "models for it". */
    private static List<Cue> withoutHeadPatterns(List<Cue> cues) {
        return cues.stream().filter(c -> !c.producer().equals("pattern:model-head")
                && !c.producer().equals("pattern:method-head")).toList();
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

    private static void addEvidence(List<Evidence> evidence, List<Object[]> where, Analyzed a, int start, int end,
            String producer, double conf) {
        for (Object[] w : where) {
            if (w[0] == a && (Integer) w[1] == start && (Integer) w[2] == end) {
                return;
            }
        }
        Sent s = a.sent();
        evidence.add(new Evidence(s.section(), s.tok(start).begin(), s.tok(end - 1).end(), s.text(), producer, conf));
        where.add(new Object[] {a, start, end});
    }

    /** Adds the other name-shaped spans and lexicon matches that carry one of the group's names. */
    private static void repeats(List<Candidate> g, List<Analyzed> sentences, List<Evidence> evidence,
            List<Object[]> where, double conf) {
        Set<String> keys = new HashSet<>();
        for (Candidate c : g) {
            keys.addAll(keys(c));
        }
        for (Analyzed a : sentences) {
            Sent s = a.sent();
            List<int[]> spans = new ArrayList<>();
            for (NameChunker.Span n : a.marked().names()) {
                spans.add(new int[] {n.start(), n.end()});
            }
            for (Marker.LexHit h : a.marked().lex()) {
                spans.add(new int[] {h.start(), h.end()});
            }
            for (int[] sp : spans) {
                String text = s.span(sp[0], sp[1]);
                Set<String> k = new LinkedHashSet<>();
                addKeys(k, text);
                if (!k.isEmpty() && keys.contains(k.iterator().next())) {
                    addEvidence(evidence, where, a, sp[0], sp[1], "repeat", conf);
                }
            }
        }
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
