/**
 * Whole-store RDF dumps streamed from TDB2: N-Quads, N-Triples and Turtle through Jena's
 * streaming writers, JSON-LD in expanded form through Jackson.
 */
package org.paperkg.export.dump;
