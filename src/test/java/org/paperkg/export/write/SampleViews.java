package org.paperkg.export.write;

import java.time.LocalDate;
import java.time.MonthDay;
import org.paperkg.export.model.NodeDate;
import org.paperkg.export.model.NodeType;
import org.paperkg.export.model.ViewEdge;
import org.paperkg.export.model.ViewGraph;
import org.paperkg.export.model.ViewNode;

/**
 * Small views built by hand for the writer tests, with the labels that break careless writers:
 * markup characters, quotes, commas, non-Latin text, a control character, a long title.
 */
final class SampleViews {

    static final String TRICKY = "R&D <attention> \"quoted\", naïve 注意 \u0007bell";
    static final String LONG_TITLE = "A Very Long Paper Title That Goes On and On About Transformers, Residual Networks "
            + "and the Datasets They Were Evaluated On";

    private SampleViews() {
    }

    /** Undirected: three entities with dates (a full date, a listing day, none) and weighted edges. */
    static ViewGraph cooccurrence() {
        ViewGraph g = ViewGraph.undirected("cooccurrence", "Entities used together; edge weight = papers");
        g.addNode(node("method:resnet", "ResNet", NodeType.METHOD, 2, new NodeDate(LocalDate.of(2015, 12, 10), null)));
        g.addNode(node("dataset:imagenet", "ImageNet", NodeType.DATASET, 3, new NodeDate(null, MonthDay.of(3, 12))));
        g.addNode(node("task:odd", TRICKY, NodeType.TASK, 1, NodeDate.NONE));
        g.addNode(node("metric:f1", "F1", NodeType.METRIC, 1, NodeDate.NONE));
        g.addEdge("method:resnet", "dataset:imagenet", new ViewEdge("cooccurs", 2, new NodeDate(LocalDate.of(2015, 12, 10), null)));
        g.addEdge("dataset:imagenet", "task:odd", new ViewEdge("cooccurs", 1, NodeDate.NONE));
        g.addEdge("dataset:imagenet", "metric:f1", new ViewEdge("cooccurs", 1, NodeDate.NONE));
        return g;
    }

    /** Directed: a paper with a long title and links with confidences. */
    static ViewGraph papers() {
        ViewGraph g = ViewGraph.directed("papers", "Papers and the entities they use");
        g.addNode(node("paper:p1", LONG_TITLE, NodeType.PAPER, 2, new NodeDate(LocalDate.of(2017, 6, 12), null)));
        g.addNode(node("method:transformer", "Transformer", NodeType.METHOD, 1, NodeDate.NONE));
        g.addNode(node("dataset:wmt", "WMT 2014", NodeType.DATASET, 1, NodeDate.NONE));
        g.addEdge("paper:p1", "method:transformer", new ViewEdge("proposes", 0.95, new NodeDate(LocalDate.of(2017, 6, 12), null)));
        g.addEdge("paper:p1", "dataset:wmt", new ViewEdge("usesDataset", 0.9, new NodeDate(LocalDate.of(2017, 6, 12), null)));
        return g;
    }

    /** A view with nothing in it. */
    static ViewGraph empty() {
        return ViewGraph.undirected("cooccurrence", "Nothing");
    }

    static ViewNode node(String id, String label, NodeType type, double weight, NodeDate date) {
        return new ViewNode(id, label, type, "https://w3id.org/paperkg/resource/" + id.replaceFirst(":", "/"), weight, date);
    }
}
