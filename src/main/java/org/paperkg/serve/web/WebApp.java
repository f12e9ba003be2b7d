package org.paperkg.serve.web;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.paperkg.query.CatalogueRunner;
import org.paperkg.query.QueryCatalogue;
import org.paperkg.query.SparqlTarget;
import org.paperkg.serve.analytics.AnalyticsServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.FilterMapping;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHandler;
import org.paperkg.serve.html.Links;

/** Adds paperkg's pages, linked-data handling and descriptions to a Fuseki server being built. */
public final class WebApp {

    private WebApp() {
    }

    /**
     * Registers every servlet and filter on {@code builder}; {@code dataset} is the name of the
     * SPARQL service ("/kg"), {@code maxBody} the most bytes a query or update may have.
     */
    public static void install(FusekiServer.Builder builder, Site site, String dataset, boolean allowUpdate, long maxBody) {
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
        builder.addServlet("/analytics/*", analytics(site));
        builder.addFilter("/*", new PageTimeouts(site.limits().timeout()));
        builder.addFilter(dataset + "/*", new EndpointGuard(dataset, maxBody));
        builder.addFilter(dataset + "/sparql", new DescriptionServlets.EndpointFilter(site, allowUpdate));
    }

    /**
     * Puts {@link SecurityHeaders} on every response of the built (not yet started) server: first
     * in the filter chain, ahead of Fuseki's CORS filter (which answers preflight requests itself),
     * and in the error handlers Jetty uses for requests it refuses before any filter. Forms are
     * held to {@code maxBody} too.
     */
    public static void secure(FusekiServer server, long maxBody) {
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        if (context == null) {
            throw new IllegalStateException("the Fuseki server has no servlet context to secure");
        }
        ServletHandler handler = context.getServletHandler();
        FilterHolder holder = new FilterHolder(new SecurityHeaders());
        holder.setName("paperkg-security-headers");
        FilterMapping mapping = new FilterMapping();
        mapping.setFilterName(holder.getName());
        mapping.setPathSpec("/*");
        mapping.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        handler.prependFilter(holder);
        handler.prependFilterMapping(mapping);
        context.setErrorHandler(SecurityHeaders.errorHandler());
        server.getJettyServer().setErrorHandler(SecurityHeaders.errorHandler());
        context.setMaxFormContentSize((int) Math.min(maxBody, Integer.MAX_VALUE));
    }

    /** The Analytics pages: the query catalogue run on the served graph, in the site's frame. */
    private static AnalyticsServlet analytics(Site site) {
        CatalogueRunner runner = new CatalogueRunner(QueryCatalogue.load(),
                SparqlTarget.local(DatasetFactory.wrap(site.dataset()), site.limits().timeout(), "the served store"),
                site.iris());
        return new AnalyticsServlet(runner, site.links()::href);
    }
}
