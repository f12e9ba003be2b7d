package org.paperkg.export.view;

import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewKind;

/**
 * One way of drawing the knowledge graph. A view runs its queries inside the read transaction the
 * caller holds and keeps in memory only the nodes and edges it returns (at most the request's top
 * nodes, when it asks for a cut).
 */
public interface View {

    ViewGraph compute(ViewContext context);

    /** The view for a request's kind. */
    static View of(ViewKind kind) {
        return switch (kind) {
            case PAPERS -> new PapersView();
            case COOCCURRENCE -> CooccurrenceView.entities();
            case METHOD_DATASET -> CooccurrenceView.methodDataset();
            case ENTITY -> new NeighbourhoodView();
            case QUERY -> new QueryView();
        };
    }
}
