package org.paperkg.extract.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paperkg.domain.Counts;
import org.paperkg.domain.EntityType;

/**
 * Exact-span precision, recall and F1 per type of a model's tags against labelled sentences:
 * how the CRF alone does, before the rules have their say. Used to choose features on dev data
 * and recorded beside the shipped model.
 */
public final class NerScore {

    private NerScore() {
    }

    /**
     * Scores the model's spans with probability at least {@code minProbability} on sentences
     * labelled by {@link NerLabels#label}.
     */
    public static Map<EntityType, Counts> score(NerModel model, List<List<CoreLabel>> sentences, double minProbability) {
        Map<EntityType, int[]> c = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            c.put(t, new int[3]);
        }
        for (List<CoreLabel> s : sentences) {
            List<String> labels = new ArrayList<>(s.size());
            for (CoreLabel t : s) {
                labels.add(NerLabels.of(t));
            }
            Set<String> gold = new HashSet<>();
            for (NerSpan g : NerLabels.spans(labels)) {
                gold.add(key(g));
            }
            Set<String> found = new HashSet<>();
            for (NerSpan p : model.tag(s)) {
                if (p.probability() < minProbability) {
                    continue;
                }
                found.add(key(p));
                c.get(p.type())[gold.contains(key(p)) ? 0 : 1]++;
            }
            for (NerSpan g : NerLabels.spans(labels)) {
                if (!found.contains(key(g))) {
                    c.get(g.type())[2]++;
                }
            }
        }
        Map<EntityType, Counts> out = new EnumMap<>(EntityType.class);
        c.forEach((t, v) -> out.put(t, new Counts(v[0], v[1], v[2])));
        return out;
    }

    private static String key(NerSpan s) {
        return s.start() + ":" + s.end() + ":" + s.type();
    }
}
