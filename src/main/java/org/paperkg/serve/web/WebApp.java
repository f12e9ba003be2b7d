package org.paperkg.serve.web;

import org.apache.jena.fuseki.main.FusekiServer;
import org.paperkg.serve.html.Links;

/** Adds paperkg's pages, linked-data handling and descriptions to a Fuseki server being built. */
public final class WebApp {

    private WebApp() {
    }

    /**
     * Registers every servlet and filter on {@code builder}; {@code dataset} is the name of the
     * SPARQL service ("/kg").
     */
    public static void install(FusekiServer.Builder builder, Site site, String dataset, boolean allowUpdate) {
        SiteServlet pages = new SiteServlet(site);
        builder.addServlet("", pages);
        builder.addServlet("/search", pages);
        builder.addServlet("/query", pages);
        builder.addServlet("/static/*", new StaticServlet());
        LinkedDataServlet ld = new LinkedDataServlet(site);
        builder.addServlet(Links.RESOURCE_PATH + "*", ld);
        builder.addServlet(Links.ONTOLOGY_PATH, ld);
        for (Representation r : Representation.values()) {
            if (r != Representation.HTML) {
                builder.addServlet(Links.ONTOLOGY_PATH + r.suffix(), ld);
            }
        }
        builder.addServlet(Links.ONTOLOGY_PATH + ".html", ld);
        DescriptionServlets.WellKnownVoid voidServlet = new DescriptionServlets.WellKnownVoid(site, allowUpdate);
        builder.addServlet("/.well-known/void", voidServlet);
        for (Representation r : Representation.rdf()) {
            builder.addServlet("/.well-known/void" + r.suffix(), voidServlet);
        }
        builder.addServlet("/dump/*", new DescriptionServlets.Dump(site));
        builder.addFilter(dataset + "/sparql", new DescriptionServlets.EndpointFilter(site, allowUpdate));
    }
}
