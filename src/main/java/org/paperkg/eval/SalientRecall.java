package org.paperkg.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Section;

/**
 * Paper-level recall of SciREX's salient entities: of the things a paper is about (the salient
 * clusters, linked to Papers with Code) that its abstract mentions, how many the extractor
 * links the paper to. This is the question the knowledge graph answers ("which papers use
 * Cityscapes?"), so mention boundaries matter less than in {@link MentionScorer}.
 *
 * <p>A cluster counts when at least one abstract mention carries its {@code salient_cluster}
 * name. It is recalled when an extracted entity of the same type has an abstract mention that
 * overlaps a mention of the cluster, or has a name or alias that matches the cluster name
 * (underscores read as spaces, compared by {@link NameMatcher}).
 */
public final class SalientRecall {

    /** How many salient clusters of one type were found, out of how many. */
    public record Recall(int found, int total) {

        public Recall plus(Recall o) {
            return new Recall(found + o.found, total + o.total);
        }

        public double recall() {
            return total == 0 ? 0.0 : (double) found / total;
        }
    }

    /**
     * The salient recall of one corpus file.
     *
     * @param file   the corpus file as named
     * @param docs   records scored
     * @param byType per type, in {@link EntityType} order
     */
    public record Score(String file, int docs, Map<EntityType, Recall> byType) {

        public Score {
            Objects.requireNonNull(file, "file");
            byType = Map.copyOf(byType);
        }

        public Recall overall() {
            return byType.values().stream().reduce(new Recall(0, 0), Recall::plus);
        }
    }

    private record Cluster(EntityType type, String name) {
    }

    private final Map<EntityType, Recall> byType = new EnumMap<>(EntityType.class);
    private int docs;

    public SalientRecall() {
        for (EntityType t : EntityType.values()) {
            byType.put(t, new Recall(0, 0));
        }
    }

    /** Scores one document against what the extractor found in it. */
    public void add(AnnotatedDoc doc, Extraction extraction) {
        docs++;
        Map<Cluster, List<AnnotatedDoc.Mention>> clusters = new LinkedHashMap<>();
        for (AnnotatedDoc.Mention m : doc.entities()) {
            Optional<EntityType> type = CorpusProfile.SCIREX.goldType(m.type());
            if (m.salientCluster() != null && type.isPresent()) {
                clusters.computeIfAbsent(new Cluster(type.get(), m.salientCluster()), k -> new ArrayList<>()).add(m);
            }
        }
        for (Map.Entry<Cluster, List<AnnotatedDoc.Mention>> c : clusters.entrySet()) {
            boolean found = recalled(c.getKey(), c.getValue(), extraction);
            byType.merge(c.getKey().type(), new Recall(found ? 1 : 0, 1), Recall::plus);
        }
    }

    public Score result(String file) {
        return new Score(file, docs, byType);
    }

    private static boolean recalled(Cluster cluster, List<AnnotatedDoc.Mention> mentions, Extraction extraction) {
        Set<String> clusterKeys = NameMatcher.keys(List.of(cluster.name().replace('_', ' ')));
        for (ExtractedEntity e : extraction.entities()) {
            if (e.type() != cluster.type()) {
                continue;
            }
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            if (NameMatcher.anyMatch(NameMatcher.keys(names), clusterKeys)) {
                return true;
            }
            for (Evidence ev : e.evidence()) {
                if (ev.section() != Section.ABSTRACT) {
                    continue;
                }
                for (AnnotatedDoc.Mention m : mentions) {
                    if (ev.start() < m.end() && m.start() < ev.end()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
