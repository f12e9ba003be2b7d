package org.paperkg.export.view;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.paperkg.export.model.NodeDate;
import org.paperkg.export.model.NodeType;
import org.paperkg.query.Sparql;
import org.paperkg.rdf.PK;

/**
 * Looks up what the writers show of a node: its label, its type and its date, for a set of IRIs
 * at a time (in batches, so a VALUES block stays small).
 *
 * <p>The label is a paper's title, else an entity's {@code rdfs:label}, else its
 * {@code skos:prefLabel}, else the end of its IRI. Where a resource has several, the English or
 * untagged one that sorts first is taken, so the same store always gives the same label.
 */
final class NodeDetails {

    /** What a node looks like. */
    record Details(String label, NodeType type, NodeDate date) {
    }

    private static final int BATCH = 400;
    private static final String RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
    private static final String PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel";
    private static final String TITLE = "http://purl.org/dc/terms/title";
    private static final String TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final String ISSUED = "http://purl.org/dc/terms/issued";

    private NodeDetails() {
    }

    /** Details of every IRI in {@code iris}; one the store says nothing about gets a label from its IRI. */
    static Map<String, Details> lookup(Dataset ds, Collection<String> iris) {
        Map<String, Acc> acc = new HashMap<>();
        List<String> batch = new ArrayList<>(BATCH);
        for (String iri : iris) {
            acc.put(iri, new Acc());
            batch.add(iri);
            if (batch.size() == BATCH) {
                fetch(ds, batch, acc);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            fetch(ds, batch, acc);
        }
        Map<String, Details> out = new HashMap<>();
        acc.forEach((iri, a) -> out.put(iri, a.details(iri)));
        return out;
    }

    private static void fetch(Dataset ds, List<String> batch, Map<String, Acc> acc) {
        String q = "SELECT ?n ?p ?o WHERE {\n  " + Sparql.values("n", batch) + "\n"
                + "  VALUES ?p { rdfs:label skos:prefLabel dcterms:title rdf:type dcterms:issued pk:listingDate }\n"
                + "  ?n ?p ?o .\n}";
        Sparql.select(ds, q, row -> {
            Acc a = acc.get(row.getResource("n").getURI());
            a.add(row.getResource("p").getURI(), row.get("o"));
        });
    }

    /** What one IRI's rows said, reduced to one label, type and date. */
    private static final class Acc {
        private String rdfsLabel;
        private String prefLabel;
        private String title;
        private NodeType type = NodeType.RESOURCE;
        private LocalDate issued;
        private MonthDay listing;

        void add(String property, RDFNode o) {
            switch (property) {
                case RDFS_LABEL -> rdfsLabel = better(rdfsLabel, o);
                case PREF_LABEL -> prefLabel = better(prefLabel, o);
                case TITLE -> title = better(title, o);
                case TYPE -> {
                    if (o.isURIResource() && o.asResource().getURI().startsWith(PK.NS)) {
                        NodeType t = NodeType.ofClassName(o.asResource().getURI().substring(PK.NS.length()));
                        if (t != NodeType.RESOURCE) {
                            type = t;
                        }
                    }
                }
                case ISSUED -> issued = earlier(issued, parseDate(o));
                default -> listing = earlier(listing, parseListing(o));
            }
        }

        Details details(String iri) {
            String label = type == NodeType.PAPER && title != null ? title
                    : rdfsLabel != null ? rdfsLabel
                    : prefLabel != null ? prefLabel
                    : title != null ? title
                    : NodeIds.labelFromIri(iri);
            return new Details(label.strip().replaceAll("\\s+", " "), type, new NodeDate(issued, listing));
        }

        private static String better(String current, RDFNode o) {
            if (!o.isLiteral()) {
                return current;
            }
            Literal l = o.asLiteral();
            String lang = l.getLanguage();
            if (!lang.isEmpty() && !lang.toLowerCase().startsWith("en")) {
                return current == null ? l.getLexicalForm() : current;
            }
            String s = l.getLexicalForm();
            return current == null || s.compareTo(current) < 0 ? s : current;
        }

        private static LocalDate parseDate(RDFNode o) {
            return o.isLiteral() ? NodeDates.date(o.asLiteral().getLexicalForm()) : null;
        }

        private static MonthDay parseListing(RDFNode o) {
            return o.isLiteral() ? NodeDates.listing(o.asLiteral().getLexicalForm()) : null;
        }

        private static <T extends Comparable<? super T>> T earlier(T a, T b) {
            if (a == null) {
                return b;
            }
            return b == null || a.compareTo(b) <= 0 ? a : b;
        }
    }
}
