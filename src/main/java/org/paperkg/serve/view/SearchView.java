package org.paperkg.serve.view;

import java.util.List;
import org.paperkg.domain.EntityType;

/**
 * The answer to a search.
 *
 * @param query     what was asked, as typed
 * @param available false when the store has no text index (search is off)
 * @param entities  matching methods, datasets, metrics and tasks, ranked by {@link Search}
 * @param papers    matching papers (title or abstract), best match first
 */
public record SearchView(String query, boolean available, List<EntityHit> entities, List<PaperHit> papers) {

    /** A matching entity, how many papers link to it, and its aliases. */
    public record EntityHit(String iri, EntityType kind, String label, long papers, List<String> aliases) {

        public EntityHit {
            aliases = List.copyOf(aliases);
        }
    }

    /** A matching paper. */
    public record PaperHit(String iri, String title, String date) {
    }
}
