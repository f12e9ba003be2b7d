package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Store and CLI failures a user can cause (issue 16, items 8 to 10): a message and an exit code, never a stack trace. */
class StoreErrorsTest {

    @TempDir
    Path tmp;

    private Path corpus() throws IOException {
        return Files.writeString(tmp.resolve("papers.jsonl"),
                "{\"id\": \"2101.00001\", \"title\": \"Alpha Nets\", \"abstract\": \"Alpha nets are good.\"}\n");
    }

    private static void assertNoStackTrace(Cli r) {
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void noCommandButBuildWritesAStoreIntoAFolderThatHoldsNone() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("not-a-store"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Path q = Files.writeString(tmp.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        String[][] commands = {
            {"stats", "--db", folder.toString()},
            {"validate", "--db", folder.toString()},
            {"export", "--db", folder.toString(), "--format", "nquads"},
            {"query", q.toString(), "--db", folder.toString()},
            {"bench", "queries", "--db", folder.toString()},
        };
        for (String[] command : commands) {
            Cli r = Cli.run(command);
            assertThat(r.exitCode()).as(String.join(" ", command) + "\n" + r.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).as(command[0]).contains("no store at " + folder).contains("paperkg build");
            try (var files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).as(command[0]).containsExactly("notes.txt");
            }
        }
    }

    @Test
    void buildOnAFileSaysSoAndExits1() throws IOException {
        Path file = Files.writeString(tmp.resolve("db"), "I am a file");
        Cli r = Cli.run("build", "--db", file.toString(), corpus().toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("paperkg build: " + file + " is a file, not a store folder");
        assertNoStackTrace(r);
        assertThat(Files.readString(file)).isEqualTo("I am a file");
    }

    @Test
    void buildWhereNoFolderCanBeMadeSaysSoAndExits1() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        Path impossible = file.resolve("db");
        Cli r = Cli.run("build", "--db", impossible.toString(), corpus().toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("paperkg build: cannot open or create the store at " + impossible)
                .contains("give --db a folder you can write");
        assertNoStackTrace(r);
    }

    @Test
    void aClosedEndpointIsNamedWithTheCause() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/kg/sparql";
        Path q = Files.writeString(tmp.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        Cli r = Cli.run("query", q.toString(), "--endpoint", url);
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains(url).contains("connection refused").doesNotContain("Unexpected error");
    }

    @Test
    void anUnwritableOutSaysWhy() throws IOException {
        Path db = tmp.resolve("db");
        assertThat(Cli.run("build", "--db", db.toString(), corpus().toString()).exitCode()).isZero();
        Path blocker = Files.writeString(tmp.resolve("blocker"), "a file where a folder should be");
        Path out = blocker.resolve("dump.nq");
        Cli r = Cli.run("export", "--db", db.toString(), "--format", "nquads", "--out", out.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("writing " + out + " failed: " + blocker + " already exists and is not a folder");
    }
}
