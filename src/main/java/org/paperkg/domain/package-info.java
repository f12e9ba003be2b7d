/**
 * The domain's own vocabulary, shared by every stage: the kinds of entity paperkg extracts, links,
 * maps to RDF, queries, shows and exports ({@link org.paperkg.domain.EntityType}), and paperkg's
 * own version ({@link org.paperkg.domain.Version}), and the tp/fp/fn counts every score is made
 * of ({@link org.paperkg.domain.Counts}). Nothing here depends on another paperkg
 * package, so every stage may depend on it.
 */
package org.paperkg.domain;
