package org.paperkg.export.view;

import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.paperkg.export.model.ViewRequest;
import org.paperkg.link.ResourceIris;

/**
 * What a view works on: the store's dataset (inside the caller's read transaction), the store's
 * resource base and the checked request.
 */
public record ViewContext(Dataset dataset, ResourceIris iris, ViewRequest request) {

    public ViewContext {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(iris, "iris");
        Objects.requireNonNull(request, "request");
    }

    NodeIds ids() {
        return new NodeIds(iris);
    }
}
