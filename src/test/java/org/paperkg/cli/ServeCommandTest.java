package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;

/** {@code paperkg serve} refuses what it cannot do safely, and says why, before serving anything. */
class ServeCommandTest {

    @TempDir
    Path dir;

    private Path emptyStore() {
        Path db = dir.resolve("db");
        KgStore.open(db, ResourceIris.defaults()).close();
        return db;
    }

    @Test
    void aMissingStoreIsAUsageError() {
        Cli r = Cli.run("serve", "--db", dir.resolve("nothing").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no store at").contains("paperkg build");
    }

    @Test
    void updatesNeedAPasswordFile() {
        Path db = emptyStore();
        Cli noFile = Cli.run("serve", "--db", db.toString(), "--allow-update");
        assertThat(noFile.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noFile.err()).contains("--allow-update needs --password-file");
        Cli noUpdate = Cli.run("serve", "--db", db.toString(), "--password-file", db.toString());
        assertThat(noUpdate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noUpdate.err()).contains("only applies with --allow-update");
    }

    @Test
    void badLimitsAreUsageErrors() {
        Path db = emptyStore();
        Cli timeout = Cli.run("serve", "--db", db.toString(), "--timeout", "0");
        assertThat(timeout.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(timeout.err()).contains("--timeout must be");
        Cli port = Cli.run("serve", "--db", db.toString(), "--port", "70000");
        assertThat(port.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(port.err()).contains("port must be between 0 and 65535");
        Cli config = Cli.run("serve", "--config", dir.resolve("none.ttl").toString());
        assertThat(config.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(config.err()).contains("no such Fuseki configuration file");
    }

    @Test
    void aTakenPortFailsWithAnAdvice() throws Exception {
        Path db = emptyStore();
        Cli r;
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            r = Cli.run("serve", "--db", db.toString(), "--port", Integer.toString(taken.getLocalPort()));
        }
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("choose another port with --port");
        assertThat(Files.exists(dir.resolve("db.text"))).as("the text index sits beside the store").isTrue();
    }

    @Test
    void bodySizesTakeBytesKilobytesAndMegabytes() {
        assertThat(ServeCommand.bytes("1048576")).isEqualTo(1_048_576L);
        assertThat(ServeCommand.bytes("512k")).isEqualTo(512L * 1024);
        assertThat(ServeCommand.bytes("2M")).isEqualTo(2L * 1024 * 1024);
        assertThatThrownBy(() -> ServeCommand.bytes("lots")).hasMessageContaining("--max-body").hasMessageContaining("512k");
        assertThatThrownBy(() -> ServeCommand.bytes("2048M")).hasMessageContaining("between 1k and 1024M");
    }

    @Test
    void badBodyLimitsAndServiceEndpointsAreUsageErrors() {
        Path db = emptyStore();
        Cli tiny = Cli.run("serve", "--db", db.toString(), "--max-body", "10");
        assertThat(tiny.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tiny.err()).contains("--max-body must be between 1k and 1024M");
        Cli words = Cli.run("serve", "--db", db.toString(), "--max-body", "big");
        assertThat(words.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(words.err()).contains("--max-body must be a number of bytes");
        Cli ftp = Cli.run("serve", "--db", db.toString(), "--allow-service", "https://query.wikidata.org/sparql,ftp://example.org/x");
        assertThat(ftp.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(ftp.err()).contains("--allow-service").contains("absolute http or https URL").contains("ftp://example.org/x");
        Cli relative = Cli.run("serve", "--db", db.toString(), "--allow-service", "/sparql");
        assertThat(relative.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
