package org.paperkg.serve;

import java.net.BindException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.paperkg.serve.fuseki.AssemblerConfig;
import org.paperkg.serve.fuseki.CorsPolicy;
import org.paperkg.serve.fuseki.LimitedQueryService;
import org.paperkg.query.QueryLimits;
import org.paperkg.serve.fuseki.RegexGuard;
import org.paperkg.serve.fuseki.ServiceGuard;
import org.paperkg.serve.fuseki.TextIndexSync;
import org.paperkg.serve.web.Site;
import org.paperkg.serve.web.WebApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * paperkg's server: embedded Fuseki over the TDB2 store, with linked-data pages, search and a
 * query page.
 *
 * <pre>{@code
 * try (KgServer server = KgServer.start(ServeOptions.of(Path.of("db"), ResourceIris.defaults()))) {
 *     System.out.println(server.url());      // http://127.0.0.1:3030/
 *     server.join();
 * }
 * }</pre>
 *
 * <p>The dataset and its SPARQL service come from the Fuseki assembler file
 * ({@code fuseki-config/paperkg.ttl} unless the options name another); before the server starts,
 * the text index is brought up to date with the store ({@link TextIndexSync}).
 */
public final class KgServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KgServer.class);

    /** The name of the SPARQL service every paperkg configuration must define. */
    public static final String SERVICE = "/kg";

    private final FusekiServer server;
    private final String host;
    private final DatasetGraph dataset;
    /** ARQ's global query timeout before this server's configuration set it, restored on close. */
    private final Object globalTimeoutBefore;

    private KgServer(FusekiServer server, String host, DatasetGraph dataset, Object globalTimeoutBefore) {
        this.server = server;
        this.host = host;
        this.dataset = dataset;
        this.globalTimeoutBefore = globalTimeoutBefore;
    }

    /**
     * Builds and starts the server.
     *
     * @throws ServeException when the configuration is unusable or the port cannot be bound
     */
    public static KgServer start(ServeOptions options) {
        if (options.config() == null && !Files.isDirectory(options.db())) {
            throw new ServeException("no store at " + options.db() + " (run 'paperkg build' first)");
        }
        if (options.passwordFile() != null && !Files.isReadable(options.passwordFile())) {
            throw new ServeException("cannot read the password file " + options.passwordFile());
        }
        Object globalTimeoutBefore = ARQ.getContext().get(ARQ.queryTimeout);
        AssemblerConfig config;
        try {
            AssemblerConfig read = options.config() == null
                    ? AssemblerConfig.packaged(options.db(), ServeOptions.textIndexDir(options.db()))
                    : AssemblerConfig.read(options.config());
            config = options.timeout() == null ? read : read.withTimeout(options.timeout());
        } catch (IllegalArgumentException e) {
            throw new ServeException(e.getMessage(), e);
        }
        Duration timeout = config.timeout() != null ? config.timeout() : Duration.ofSeconds(30);
        QueryLimits limits = new QueryLimits(timeout, options.maxResults());
        ServiceGuard services = new ServiceGuard(Set.copyOf(options.allowedServices()));

        FusekiServer.Builder builder = FusekiServer.create()
                .port(options.port())
                .enableCors(true, CorsPolicy.file(options.allowUpdate()).toString())
                .enablePing(true)
                .registerOperation(Operation.Query, new LimitedQueryService(limits, services));
        try {
            builder.parseConfig(config.model());
        } catch (RuntimeException e) {
            throw new ServeException(config.origin() + ": " + e.getMessage(), e);
        }
        DatasetGraph dsg = builder.getDataset(SERVICE);
        if (dsg == null) {
            throw new ServeException(config.origin() + " defines no SPARQL service named \"kg\"; paperkg serves its pages from it");
        }
        if (options.allowUpdate()) {
            builder.passwordFile(options.passwordFile().toString())
                    .auth(AuthScheme.BASIC)
                    .addEndpoint(SERVICE, "update", Operation.Update, Auth.ANY_USER)
                    .addEndpoint(SERVICE, "upload", Operation.Upload, Auth.ANY_USER)
                    .addEndpoint(SERVICE, "data", Operation.GSP_RW, Auth.ANY_USER);
        }
        // Every query on the dataset, from the endpoint, a page or the analytics, runs with these.
        RegexGuard.install(dsg.getContext());
        services.install(dsg.getContext());
        TextIndexSync.Outcome index = TextIndexSync.ensureCurrent(dsg, options.iris());
        Site site = new Site(dsg, options.iris(), limits, index != TextIndexSync.Outcome.NO_INDEX);
        WebApp.install(builder, site, SERVICE, options.allowUpdate(), options.maxBodyBytes());

        FusekiServer server = builder.build();
        WebApp.secure(server, options.maxBodyBytes());
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(options.host());
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop();
            dsg.close();
            if (hasCause(e, BindException.class)) {
                throw new ServeException("cannot listen on " + options.host() + ":" + options.port()
                        + " (is another server running there?); choose another port with --port", e);
            }
            throw new ServeException("the server did not start: " + e.getMessage(), e);
        }
        LOG.info("serving {} at {} (query timeout {} s, at most {} results, bodies up to {} bytes, SERVICE {}{})", config.origin(),
                "http://" + options.host() + ":" + server.getHttpPort() + "/", timeout.toSeconds(), options.maxResults(),
                options.maxBodyBytes(), services.allowed().isEmpty() ? "off" : "to " + String.join(", ", services.allowed()),
                options.allowUpdate() ? ", updates on" : "");
        return new KgServer(server, options.host(), dsg, globalTimeoutBefore);
    }

    /** The port the server listens on (the chosen one when the options said 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The server's address, "http://127.0.0.1:3030/". */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if ("0.0.0.0".equals(host) || "::".equals(host)) {
            h = "127.0.0.1";
        }
        return "http://" + h + ":" + port() + "/";
    }

    /** The dataset the server serves (the text dataset over the store). */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /**
     * Stops the server and gives ARQ's global query timeout back the value it had before: the
     * configuration's {@code arq:queryTimeout} is set on ARQ's global context, and another store
     * opened in this JVM afterwards (a build, a second server) must not inherit it.
     */
    @Override
    public void close() {
        server.stop();
        if (globalTimeoutBefore == null) {
            ARQ.getContext().unset(ARQ.queryTimeout);
        } else {
            ARQ.getContext().set(ARQ.queryTimeout, globalTimeoutBefore);
        }
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
