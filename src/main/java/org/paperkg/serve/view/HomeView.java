package org.paperkg.serve.view;

import java.util.List;
import java.util.Map;
import org.paperkg.domain.EntityType;
import org.paperkg.serve.view.EntityView.Link;
import org.paperkg.serve.view.EntityView.PaperRef;

/**
 * What the home page shows.
 *
 * @param papers   papers in the store
 * @param results  reported results
 * @param triples  triples, as the VoID description states them (0 when absent)
 * @param modified the VoID description's date, or null
 * @param used     per kind, how many distinct entities papers link to
 * @param top      per kind, the entities most papers link to
 * @param recent   the newest papers
 */
public record HomeView(long papers, long results, long triples, String modified, Map<EntityType, Long> used,
        Map<EntityType, List<Link>> top, List<PaperRef> recent) {
}
