package org.paperkg.serve.web;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.paperkg.query.Sparql;
import org.paperkg.rdf.Namespaces;
import org.paperkg.link.ResourceIris;
import org.paperkg.query.QueryLimits;
import org.paperkg.serve.html.Links;
import org.paperkg.serve.html.Nodes;
import org.paperkg.serve.view.Descriptions;
import org.paperkg.serve.view.EntityViews;
import org.paperkg.serve.view.HomeViews;
import org.paperkg.serve.view.PaperViews;
import org.paperkg.serve.view.QueryRunner;
import org.paperkg.serve.view.Search;
import org.paperkg.query.Sparql;

/**
 * What the servlets share: the dataset, the limits, the loaders of page content and the link
 * mapping. Built once per server.
 */
public final class Site {

    private final DatasetGraph dataset;
    private final ResourceIris iris;
    private final QueryLimits limits;
    private final Links links;
    private final PrefixMapping prefixes;
    private final Nodes nodes;
    private final Descriptions descriptions;
    private final PaperViews papers;
    private final EntityViews entities;
    private final HomeViews home;
    private final Search search;
    private final QueryRunner queries;
    private final boolean searchAvailable;

    public Site(DatasetGraph dataset, ResourceIris iris, QueryLimits limits, boolean searchAvailable) {
        this.dataset = dataset;
        this.iris = iris;
        this.limits = limits;
        this.searchAvailable = searchAvailable;
        this.links = new Links(iris);
        this.prefixes = Namespaces.of(iris);
        this.nodes = new Nodes(links, prefixes);
        Sparql sparql = new Sparql(dataset, limits);
        this.descriptions = new Descriptions(dataset, iris);
        this.papers = new PaperViews(sparql);
        this.entities = new EntityViews(sparql);
        this.home = new HomeViews(sparql, iris);
        this.search = new Search(sparql, searchAvailable);
        this.queries = new QueryRunner(sparql, prefixes);
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public ResourceIris iris() {
        return iris;
    }

    public QueryLimits limits() {
        return limits;
    }

    public Links links() {
        return links;
    }

    public PrefixMapping prefixes() {
        return prefixes;
    }

    public Nodes nodes() {
        return nodes;
    }

    public Descriptions descriptions() {
        return descriptions;
    }

    public PaperViews papers() {
        return papers;
    }

    public EntityViews entities() {
        return entities;
    }

    public HomeViews home() {
        return home;
    }

    public Search search() {
        return search;
    }

    public QueryRunner queries() {
        return queries;
    }

    public boolean searchAvailable() {
        return searchAvailable;
    }
}
