package org.paperkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperkg.link.ResourceIris;
import org.paperkg.serve.KgServer;
import org.paperkg.serve.ServeException;
import org.paperkg.serve.ServeOptions;
import org.paperkg.serve.fuseki.ServiceGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paperkg serve}: SPARQL endpoint, linked-data pages, search and query page over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store: SPARQL 1.1 query at /kg/sparql, linked-data pages for every resource,",
            "search, a query page, the dataset description at /.well-known/void and a dump.",
            "Read-only unless --allow-update is given with a password file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the server was stopped", "1:the server could not start", "2:usage error"})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServeOptions.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A Fuseki assembler file of your own instead of fuseki-config/paperkg.ttl; it must define the service \"kg\". "
                    + "Its paths are used as written and --db is ignored.")
    Path config;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Query timeout in seconds (default: the configuration's, 30 in fuseki-config/paperkg.ttl).")
    Double timeout;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "10000",
            description = "The most rows one query answers with (default: ${DEFAULT-VALUE}).")
    int maxResults;

    @Option(names = "--allow-update", description = "Enables SPARQL update, upload and Graph Store writes, for the users of --password-file.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --allow-update: who may write, one 'user: password' line each (Jetty password file).")
    Path passwordFile;

    @Option(names = "--allow-service", paramLabel = "URL", split = ",",
            description = "SPARQL endpoints that queries may call with SERVICE <URL> (comma-separated, exact URLs). "
                    + "Without it every SERVICE is refused: it would make this server fetch whatever URL a query names.")
    List<String> allowService = new ArrayList<>();

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1M",
            description = "The largest query or update the SPARQL endpoints accept, in bytes (suffix k or M allowed; "
                    + "default: ${DEFAULT-VALUE}); a larger request gets HTTP 413.")
    String maxBody;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ServeOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            err.printf("paperkg serve: %s%n", e.getMessage());
            err.flush();
            return ExitCodes.USAGE;
        }
        KgServer server;
        try {
            server = KgServer.start(options);
        } catch (ServeException e) {
            err.printf("paperkg serve: %s%n", e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
        announce(spec.commandLine().getOut(), "paperkg serve", server);
        stopOnSignals(server);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "paperkg-serve-stop"));
        server.join();
        return ExitCodes.OK;
    }

    /** The server options from the command line; a bad value is an IllegalArgumentException naming it. */
    ServeOptions options() {
        if (allowUpdate && passwordFile == null) {
            throw new IllegalArgumentException("--allow-update needs --password-file FILE naming who may write "
                    + "(lines 'user: password'); the server never accepts anonymous updates");
        }
        if (!allowUpdate && passwordFile != null) {
            throw new IllegalArgumentException("--password-file only applies with --allow-update");
        }
        if (passwordFile != null && !Files.isReadable(passwordFile)) {
            throw new IllegalArgumentException("cannot read the password file " + passwordFile);
        }
        if (config != null && !Files.isRegularFile(config)) {
            throw new IllegalArgumentException("no such Fuseki configuration file: " + config);
        }
        if (config == null && store.missing() != null) {
            throw new IllegalArgumentException(store.missing());
        }
        if (timeout != null && !(timeout > 0 && timeout <= 86_400)) {
            throw new IllegalArgumentException("--timeout must be between 0 and 86400 seconds, got " + timeout);
        }
        for (String url : allowService) {
            try {
                ServiceGuard.checkEndpoint(url);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--allow-service: " + e.getMessage(), e);
            }
        }
        ResourceIris iris = store.iris();
        return new ServeOptions(config == null ? store.db() : null, iris, host, port, config,
                timeout == null ? null : Duration.ofMillis(Math.round(timeout * 1000)), maxResults, passwordFile,
                bytes(maxBody), allowService);
    }

    /** "1048576", "512k", "2M": a byte count; anything else is a usage error naming the option. */
    static long bytes(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        long unit = t.endsWith("k") ? 1L << 10 : t.endsWith("m") ? 1L << 20 : 1;
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-body must be a number of bytes such as 1048576, 512k or 2M, got '" + text + "'", e);
        }
        if (n < ServeOptions.MIN_BODY_BYTES / unit || n > ServeOptions.MAX_BODY_BYTES / unit) {
            throw new IllegalArgumentException("--max-body must be between 1k and 1024M, got '" + text + "'");
        }
        return n * unit;
    }

    /**
     * Makes SIGTERM and SIGINT (Ctrl-C) stop the server so that {@link #call} returns and the
     * command exits 0, as its help says; left to the JVM, a signal ends the process with 128 + the
     * signal's number (143 for SIGTERM). Where the JVM offers no signal handling, the shutdown
     * hook still closes the server.
     */
    private static void stopOnSignals(KgServer server) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> server.close());
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // this platform does not let Java handle the signal; the JVM's default applies
            }
        }
    }

    /** Prints where the server answers. */
    static void announce(PrintWriter out, String who, KgServer server) {
        out.printf("%s: open %s%n", who, server.url());
        out.printf("%s: SPARQL endpoint %skg/sparql; stop with Ctrl-C%n", who, server.url());
        out.flush();
    }
}
