package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperkg.rdf.ResourceIris;
import org.paperkg.store.KgStore;

/** {@code serve --max-body} and {@code --allow-service}: values read once, bad ones refused with the option's name. */
class ServeCommandLimitsTest {

    @TempDir
    Path dir;

    private Path emptyStore() {
        Path db = dir.resolve("db");
        KgStore.open(db, ResourceIris.defaults()).close();
        return db;
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
