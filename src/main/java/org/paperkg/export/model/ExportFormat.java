package org.paperkg.export.model;

import java.util.Locale;

/**
 * The file formats {@code paperkg export} writes: graph formats for a view, and RDF formats for a
 * dump of the whole store.
 */
public enum ExportFormat {
    /** GraphML with typed keys, as Gephi and Cytoscape read it (JGraphT's writer). */
    GRAPHML("graphml", "graphml", false),
    /** GraphML with yEd's node and edge graphics, so labels, colours and positions show in yEd. */
    YED("yed", "graphml", false),
    /** GEXF 1.3 with node type, colour, size, edge weights and dates for Gephi's timeline. */
    GEXF("gexf", "gexf", false),
    /** Cytoscape.js elements JSON, which Cytoscape desktop and cytoscape.js read. */
    CYJS("cyjs", "cyjs", false),
    /** Graphviz DOT with labels, colours by type and a legend. */
    DOT("dot", "dot", false),
    /** Two files for Gephi's spreadsheet import: NAME-nodes.csv and NAME-edges.csv. */
    CSV("csv", "csv", false),
    /** Gephi's nodes table alone (Id, Label, ...). */
    CSV_NODES("csv-nodes", "csv", false),
    /** Gephi's edges table alone (Source, Target, Type, Weight, ...). */
    CSV_EDGES("csv-edges", "csv", false),
    /** Every quad of the store, paper graphs included. */
    NQUADS("nquads", "nq", true),
    /** The union of all graphs as N-Triples. */
    NTRIPLES("ntriples", "nt", true),
    /** The union of all graphs as Turtle, written in subject blocks. */
    TURTLE("turtle", "ttl", true),
    /** Every graph as JSON-LD 1.1 in expanded form, one named-graph object per graph. */
    JSONLD("jsonld", "jsonld", true);

    private final String cliName;
    private final String extension;
    private final boolean rdf;

    ExportFormat(String cliName, String extension, boolean rdf) {
        this.cliName = cliName;
        this.extension = extension;
        this.rdf = rdf;
    }

    public String cliName() {
        return cliName;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** True for the whole-store RDF dumps, which take no view. */
    public boolean isRdf() {
        return rdf;
    }

    @Override
    public String toString() {
        return cliName;
    }

    public static ExportFormat parse(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.cliName.equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of graphml, yed, gexf, cyjs, "
                + "dot, csv, csv-nodes, csv-edges, nquads, ntriples, turtle, jsonld");
    }
}
