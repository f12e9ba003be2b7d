/**
 * paperkg: a knowledge-graph builder for machine-learning research. {@link org.paperkg.PaperKg}
 * is the command line; the packages below it follow the data: ingest, extract, link, rdf, store,
 * then serve, query, export and eval.
 */
package org.paperkg;
