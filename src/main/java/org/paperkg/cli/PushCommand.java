package org.paperkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.exec.http.GSP;
import org.paperkg.spark.ShardFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code paperkg push}: sends the named graphs of {@code paperkg spark}'s shards to a SPARQL 1.1
 * Graph Store Protocol endpoint, one HTTP PUT per graph (a graph replaces the endpoint's graph of
 * that name, so pushing again is harmless), and deletes the graphs the shards' {@code drop.txt}
 * lists. Each request is retried with a growing pause; a graph that still fails is reported and
 * the others go on.
 */
@Command(name = "push", mixinStandardHelpOptions = true,
        description = {"Sends the shards' named graphs to a SPARQL 1.1 Graph Store Protocol endpoint (PUT per graph),",
            "deletes the graphs drop.txt lists, retries each request and counts what went in."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every graph went in", "1:failure", "2:usage error", "3:some graphs failed (see the log)"})
public final class PushCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(PushCommand.class);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHARDS", arity = "1..*", description = "Shard folders or *.nq.gz files.")
    List<Path> shards;

    @Option(names = "--gsp", paramLabel = "URL", required = true,
            description = "Graph Store Protocol endpoint, e.g. http://host:3030/kg/data.")
    String gsp;

    @Option(names = "--retries", defaultValue = "3", description = "Attempts per graph after the first (default: ${DEFAULT-VALUE}).")
    int retries;

    @Option(names = "--timeout", defaultValue = "60", description = "Seconds per request (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (retries < 0 || retries > 20) {
            err.printf("paperkg push: --retries must be between 0 and 20, got %d%n", retries);
            return ExitCodes.USAGE;
        }
        List<Path> files;
        List<String> drops;
        try {
            files = ShardFiles.list(shards);
            drops = ShardFiles.drops(shards);
        } catch (IOException e) {
            err.printf("paperkg push: %s%n", e.getMessage());
            return ExitCodes.USAGE;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        Counts c = new Counts();
        long start = System.nanoTime();
        for (Path file : files) {
            try {
                ShardFiles.forEachGraph(file, (name, graph) -> put(http, file, name, graph, c));
            } catch (RiotException e) {
                c.badFiles++;
                LOG.warn("{}: skipped the rest of the shard: bad N-Quads: {}; the graphs before it were sent", file,
                        e.getMessage());
            }
        }
        for (String g : drops) {
            if (attempt(() -> GSP.service(gsp).httpClient(http).graphName(g).DELETE(), "DELETE " + g)) {
                c.dropped++;
            } else {
                c.failed++;
            }
        }
        out.printf("pushed %,d graphs (%,d triples) to %s in %.1f s; %,d dropped; %,d failed%s%n", c.graphs, c.triples,
                gsp, (System.nanoTime() - start) / 1e9, c.dropped, c.failed,
                c.badFiles > 0 ? "; " + c.badFiles + " shard files unreadable" : "");
        out.flush();
        return c.failed > 0 || c.badFiles > 0 ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
    }

    private void put(HttpClient http, Path file, String name, Graph graph, Counts c) {
        if (name == null) {
            LOG.warn("{}: {} triples in the default graph were not sent: shards hold named graphs only", file, graph.size());
            c.failed++;
            return;
        }
        if (attempt(() -> GSP.service(gsp).httpClient(http).graphName(name).PUT(graph), "PUT " + name)) {
            c.graphs++;
            c.triples += graph.size();
        } else {
            c.failed++;
        }
    }

    /** Runs one request with retries; false when every attempt failed (the last failure is logged). */
    private boolean attempt(Runnable request, String what) {
        for (int i = 0; ; i++) {
            try {
                request.run();
                return true;
            } catch (HttpException e) {
                if (i >= retries) {
                    LOG.warn("{} to {} failed after {} attempts: {}", what, gsp, i + 1, e.getMessage());
                    return false;
                }
                LOG.info("{} failed ({}); retrying", what, e.getMessage());
                try {
                    Thread.sleep(250L << Math.min(i, 6));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    private static final class Counts {
        long graphs;
        long triples;
        long dropped;
        long failed;
        long badFiles;
    }
}
