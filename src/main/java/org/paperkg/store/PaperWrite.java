package org.paperkg.store;

import java.util.Objects;
import org.apache.jena.rdf.model.Model;

/**
 * One change to one paper's named graph, applied by {@link KgStore#write}.
 */
public sealed interface PaperWrite {

    /** The named graph it changes. */
    String graphIri();

    /** Replace the whole graph: a new paper, or one whose content changed. */
    record Replace(String graphIri, Model graph) implements PaperWrite {
        public Replace {
            Objects.requireNonNull(graphIri, "graphIri");
            Objects.requireNonNull(graph, "graph");
        }
    }

    /** Add triples to the graph: a source record of a duplicate or of an unchanged paper. */
    record Add(String graphIri, Model triples) implements PaperWrite {
        public Add {
            Objects.requireNonNull(graphIri, "graphIri");
            Objects.requireNonNull(triples, "triples");
        }
    }
}
