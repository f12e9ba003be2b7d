package org.paperkg.serve.view;

import java.util.List;
import java.util.Map;
import org.paperkg.domain.EntityType;

/**
 * What an entity's page (a method, dataset, metric or task) shows.
 *
 * @param iri            the entity
 * @param kind           its kind
 * @param label          its label
 * @param altLabels      its aliases
 * @param broader        its families
 * @param narrower       its members
 * @param exactMatches   the same thing elsewhere (Wikidata, ...)
 * @param higherIsBetter for a metric: its direction, or null
 * @param papers         one page of the papers that propose or use it, newest first
 * @param paperCount     how many papers propose or use it
 * @param page           the page number, from 1
 * @param pageSize       papers per page
 * @param related        related entities by kind ("Datasets used with it"), most shared papers first
 * @param results        its results tables (a dataset's leaderboards by metric, ...), best first
 * @param periods        papers that name it per month ({@code YYYY-MM}) or listing day ({@code --MM-DD}),
 *                       beside all papers of that period, in no particular order
 */
public record EntityView(String iri, EntityType kind, String label, List<String> altLabels, List<Link> broader,
        List<Link> narrower, List<String> exactMatches, Boolean higherIsBetter, List<PaperRef> papers, long paperCount,
        int page, int pageSize, Map<String, List<Link>> related, List<Leaderboard> results,
        List<Period> periods) {

    /** A link to another resource, with a count where one applies. */
    public record Link(String iri, String label, long count) {
    }

    /** Papers per period: those that name the entity and all the store holds. */
    public record Period(String period, long papers, long allPapers) {
    }

    /** A paper in a list. */
    public record PaperRef(String iri, String title, String date, boolean proposes) {
    }

    public int pageCount() {
        return (int) Math.max(1, (paperCount + pageSize - 1) / pageSize);
    }
}
