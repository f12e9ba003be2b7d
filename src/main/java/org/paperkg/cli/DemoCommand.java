package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.paperkg.domain.Version;
import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.BuildReport;
import org.paperkg.pipeline.Extractors;
import org.paperkg.pipeline.CorpusBuild;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.rdf.Lexicons;
import org.paperkg.link.ResourceIris;
import org.paperkg.serve.KgServer;
import org.paperkg.serve.ServeException;
import org.paperkg.serve.ServeOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code paperkg demo}: builds the graph of {@code examples/} into {@code .paperkg/demo-db} and
 * serves it. The build runs the first time and again only when the examples (or paperkg itself)
 * changed since, which a stamp beside the store records.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Builds the graph from examples/ (the first time, and when the examples change) and serves it",
            "at http://127.0.0.1:3030/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the server was stopped", "1:the build or the server failed", "2:usage error"})
public final class DemoCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples",
            description = "The corpus to build (default: ${DEFAULT-VALUE}, in the paperkg checkout).")
    Path examples;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = ".paperkg",
            description = "Where the demo keeps its store (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServeOptions.DEFAULT_HOST, description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--rebuild", description = "Build again even when the examples did not change.")
    boolean rebuild;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(examples)) {
            err.printf("paperkg demo: no examples folder at %s; run the demo from the paperkg checkout or give --examples DIR%n",
                    examples.toAbsolutePath());
            err.flush();
            return ExitCodes.USAGE;
        }
        if (port < 0 || port > 65_535) {
            err.printf("paperkg demo: --port must be between 0 and 65535, got %d%n", port);
            err.flush();
            return ExitCodes.USAGE;
        }
        if (port != 0 && !portFree(host, port)) {
            err.printf("paperkg demo: port %d on %s is taken (another paperkg or Fuseki?); stop it or choose another with --port%n",
                    port, host);
            err.flush();
            return ExitCodes.FAILURE;
        }
        Path db = work.resolve("demo-db");
        if (!buildIfChanged(db, out)) {
            err.println("paperkg demo: the build failed; see the log above");
            err.flush();
            return ExitCodes.FAILURE;
        }
        KgServer server;
        try {
            server = KgServer.start(new ServeOptions(db, ResourceIris.defaults(), host, port, null, null,
                    ServeOptions.DEFAULT_MAX_RESULTS, null));
        } catch (ServeException e) {
            err.printf("paperkg demo: %s%n", e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
        ServeCommand.announce(out, "paperkg demo", server);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "paperkg-demo-stop"));
        server.join();
        return ExitCodes.OK;
    }

    /** Builds {@code db} from the examples unless the stamp says it holds them already; false on failure. */
    boolean buildIfChanged(Path db, PrintWriter out) throws IOException {
        Path stampFile = db.resolveSibling(db.getFileName() + ".stamp");
        String stamp = stamp(examples);
        if (!rebuild && Files.isDirectory(db) && Files.isRegularFile(stampFile)
                && stamp.equals(Files.readString(stampFile, StandardCharsets.UTF_8).trim())) {
            out.printf("paperkg demo: %s is up to date with %s%n", db, examples);
            out.flush();
            return true;
        }
        out.printf("paperkg demo: building %s from %s ...%n", db, examples);
        out.flush();
        Files.deleteIfExists(stampFile);
        deleteTree(db);
        deleteTree(ServeOptions.textIndexDir(db).getParent());
        Files.createDirectories(db.getParent());
        BuildOptions options = new BuildOptions(List.of(examples), db, ResourceIris.defaults(), 2, BuildOptions.DEFAULT_BATCH);
        Lexicons lexicon = Lexicons.load(options.iris());
        Progress progress = Progress.forConsole();
        BuildReport report;
        try {
            report = new CorpusBuild(options, Extractors.standard(lexicon), lexicon, progress).run(ProblemHandler.logging(LOG));
        } catch (RuntimeException e) {
            LOG.error("demo build of {} failed", examples, e);
            return false;
        } finally {
            progress.done();
        }
        out.print(report.describe());
        out.flush();
        Files.writeString(stampFile, stamp + "\n", StandardCharsets.UTF_8);
        return true;
    }

    /**
     * A digest of the examples (every file's path and bytes) and of the paperkg build that reads
     * them, so that a new example or a rebuilt paperkg builds the demo again.
     */
    static String stamp(Path examplesDir) throws IOException {
        MessageDigest md = sha256();
        md.update(("paperkg " + Version.get() + " " + codeIdentity() + "\n").getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(examplesDir)) {
            files = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> examplesDir.relativize(p).toString())).toList();
        }
        for (Path f : files) {
            md.update((examplesDir.relativize(f).toString().replace('\\', '/') + "\n").getBytes(StandardCharsets.UTF_8));
            md.update(Files.readAllBytes(f));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The size and time of the jar paperkg runs from, or "" when it runs from classes (tests). */
    private static String codeIdentity() {
        try {
            Path code = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis() : "";
        } catch (URISyntaxException | IOException | SecurityException | NullPointerException e) {
            return "";
        }
    }

    static boolean portFree(String host, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
