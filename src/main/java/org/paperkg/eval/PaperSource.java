package org.paperkg.eval;

import java.util.Optional;
import org.paperkg.ingest.Paper;

/**
 * Finds the input record of a gold paper by its title. Paper-level gold names papers by title
 * only, so scoring depends on nothing but this lookup; {@link PaperIndex} implements it over any
 * stream of papers.
 */
@FunctionalInterface
public interface PaperSource {

    /** The paper with this title, compared leniently ({@link PaperIndex#titleKey}), or empty. */
    Optional<Paper> byTitle(String title);
}
