/**
 * Export: views of the knowledge graph in the files graph tools open (GraphML, yEd GraphML, GEXF
 * 1.3, Cytoscape.js JSON, Graphviz DOT, Gephi CSV) and whole-store RDF dumps (N-Quads, N-Triples,
 * Turtle, JSON-LD). {@link org.paperkg.export.Exporter} is the entry point; a view is a
 * {@link org.paperkg.export.model.ViewGraph} of {@link org.paperkg.export.model.ViewNode}s and
 * {@link org.paperkg.export.model.ViewEdge}s computed by a package {@code view} class from a
 * {@link org.paperkg.export.model.ViewRequest}, and written by a package {@code write} class; package
 * {@code dump} streams RDF.
 */
package org.paperkg.export;
