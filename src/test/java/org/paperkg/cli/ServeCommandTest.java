package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.PaperKg;
import org.paperkg.rdf.ResourceIris;
import org.paperkg.store.KgStore;
import picocli.CommandLine;

/** {@code paperkg serve} refuses what it cannot do safely, and says why, before serving anything. */
class ServeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = PaperKg.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path emptyStore() {
        Path db = dir.resolve("db");
        KgStore.open(db, ResourceIris.defaults()).close();
        return db;
    }

    @Test
    void aMissingStoreIsAUsageError() {
        assertThat(run("serve", "--db", dir.resolve("nothing").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no store at").contains("paperkg build");
    }

    @Test
    void updatesNeedAPasswordFile() {
        Path db = emptyStore();
        assertThat(run("serve", "--db", db.toString(), "--allow-update")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--allow-update needs --password-file");
        assertThat(run("serve", "--db", db.toString(), "--password-file", db.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("only applies with --allow-update");
    }

    @Test
    void badLimitsAreUsageErrors() {
        Path db = emptyStore();
        assertThat(run("serve", "--db", db.toString(), "--timeout", "0")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("serve", "--db", db.toString(), "--port", "70000")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--timeout must be").contains("port must be between 0 and 65535");
        assertThat(run("serve", "--config", dir.resolve("none.ttl").toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no such Fuseki configuration file");
    }

    @Test
    void aTakenPortFailsWithAnAdvice() throws Exception {
        Path db = emptyStore();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            assertThat(run("serve", "--db", db.toString(), "--port", Integer.toString(taken.getLocalPort())))
                    .isEqualTo(ExitCodes.FAILURE);
        }
        assertThat(err.toString()).contains("choose another port with --port");
        assertThat(Files.exists(dir.resolve("db.text"))).as("the text index sits beside the store").isTrue();
    }
}
