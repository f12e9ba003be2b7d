/**
 * Identity across records and papers: which records are one paper
 * ({@link org.paperkg.link.PaperIdentity}), which mentions are one entity
 * ({@link org.paperkg.link.EntityResolver}), and the deterministic slugs that make entity IRIs
 * ({@link org.paperkg.link.Slugs}). Pure functions of names and the lexicon, so rebuilds are
 * repeatable.
 */
package org.paperkg.link;
