package org.paperkg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.paperkg.domain.Counts;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Section;

/**
 * Compares predicted mention spans with a corpus's gold spans, one document at a time.
 *
 * <p>Each evidence of an {@link ExtractedEntity} read from the abstract is one predicted span
 * (type, start, end); title evidence is left out, since the gold offsets index the text only.
 * Two criteria are counted side by side: <em>exact</em> (same type and offsets) and
 * <em>overlap</em> (same type and at least one shared character). Under overlap each gold span
 * and each prediction is matched at most once, exact pairs first, then a maximum matching of the
 * rest, so that one long prediction covering two gold mentions earns one true positive.
 *
 * <pre>{@code
 * MentionScorer scorer = new MentionScorer(CorpusProfile.SCIERC);
 * for (AnnotatedDoc doc : docs) scorer.add(doc, extractor.extract(CorpusPapers.toPaper(doc)));
 * MentionScore score = scorer.result("scierc/dev.jsonl");
 * }</pre>
 */
public final class MentionScorer {

    private final CorpusProfile profile;
    private final Map<EntityType, Counts> exact = new EnumMap<>(EntityType.class);
    private final Map<EntityType, Counts> overlap = new EnumMap<>(EntityType.class);
    private int docs;

    public MentionScorer(CorpusProfile profile) {
        this.profile = Objects.requireNonNull(profile, "profile");
        for (EntityType t : profile.types()) {
            exact.put(t, Counts.ZERO);
            overlap.put(t, Counts.ZERO);
        }
    }

    /** A span of the document text, end exclusive. */
    record Span(int start, int end) {

        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }
    }

    /** Scores one document against what the extractor found in it. */
    public void add(AnnotatedDoc doc, Extraction extraction) {
        docs++;
        for (EntityType type : profile.types()) {
            List<Span> gold = new ArrayList<>();
            for (AnnotatedDoc.Mention m : doc.entities()) {
                if (profile.goldType(m.type()).orElse(null) == type) {
                    gold.add(new Span(m.start(), m.end()));
                }
            }
            List<Span> predicted = predictedSpans(extraction, type);
            exact.merge(type, exactCounts(gold, predicted), Counts::plus);
            overlap.merge(type, overlapCounts(gold, predicted), Counts::plus);
        }
    }

    /** The scores of every document added so far. */
    public MentionScore result(String file) {
        return new MentionScore(file, profile, docs, exact, overlap);
    }

    /** Distinct abstract spans of the entities of one type. */
    static List<Span> predictedSpans(Extraction extraction, EntityType type) {
        Set<Span> spans = new LinkedHashSet<>();
        for (ExtractedEntity e : extraction.entities()) {
            if (e.type() != type) {
                continue;
            }
            for (Evidence ev : e.evidence()) {
                if (ev.section() == Section.ABSTRACT) {
                    spans.add(new Span(ev.start(), ev.end()));
                }
            }
        }
        return new ArrayList<>(spans);
    }

    static Counts exactCounts(List<Span> gold, List<Span> predicted) {
        Set<Span> goldSet = new HashSet<>(gold);
        Set<Span> predSet = new HashSet<>(predicted);
        int tp = 0;
        for (Span p : predSet) {
            if (goldSet.contains(p)) {
                tp++;
            }
        }
        return new Counts(tp, predSet.size() - tp, goldSet.size() - tp);
    }

    static Counts overlapCounts(List<Span> gold, List<Span> predicted) {
        List<Span> g = new ArrayList<>(new LinkedHashSet<>(gold));
        List<Span> p = new ArrayList<>(new LinkedHashSet<>(predicted));
        Set<Span> exactPairs = new HashSet<>(g);
        exactPairs.retainAll(p);
        g.removeAll(exactPairs);
        p.removeAll(exactPairs);
        g.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        p.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        int[] match = BipartiteMatching.maximum(p.size(), g.size(), (i, j) -> p.get(i).overlaps(g.get(j)));
        int matched = 0;
        for (int m : match) {
            if (m >= 0) {
                matched++;
            }
        }
        int tp = exactPairs.size() + matched;
        return new Counts(tp, p.size() - matched, g.size() - matched);
    }
}
