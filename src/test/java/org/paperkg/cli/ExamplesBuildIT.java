package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paperkg build examples}, as the README shows it: the folder's own README.md costs no exit code 3. */
class ExamplesBuildIT {

    @Test
    void buildingTheExamplesFolderExits0(@TempDir Path tmp) {
        Path examples = Path.of("examples");
        assertThat(Files.isRegularFile(examples.resolve("README.md"))).isTrue();
        Cli r = Cli.run("build", "--db", tmp.resolve("db").toString(), examples.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).doesNotContain("skipped");
    }
}
