/**
 * Extraction: turns a {@link org.paperkg.ingest.Paper} into an
 * {@link org.paperkg.extract.Extraction} of entities, results, code links and comparisons, each
 * with {@link org.paperkg.extract.Evidence}. CoreNLP types stay inside this package; everything
 * it hands on is a plain record.
 */
package org.paperkg.extract;
