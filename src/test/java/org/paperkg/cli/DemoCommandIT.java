package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paperkg demo}: the examples stamp, and the checks it makes before building anything. */
class DemoCommandIT {

    @TempDir
    Path dir;

    @Test
    void theStampFollowsTheExamplesContent() throws Exception {
        Path ex = Files.createDirectories(dir.resolve("examples"));
        Files.writeString(ex.resolve("a.jsonl"), "{\"title\": \"A\", \"abstract\": \"B\"}\n");
        String first = DemoCommand.stamp(ex);
        assertThat(DemoCommand.stamp(ex)).isEqualTo(first);
        Files.writeString(ex.resolve("a.jsonl"), "{\"title\": \"A\", \"abstract\": \"C\"}\n");
        String changed = DemoCommand.stamp(ex);
        assertThat(changed).isNotEqualTo(first);
        Files.writeString(ex.resolve("b.txt"), "more");
        assertThat(DemoCommand.stamp(ex)).isNotEqualTo(changed);
    }

    @Test
    void withoutExamplesItSaysWhereToRunIt() {
        Cli r = Cli.run("demo", "--examples", dir.resolve("missing").toString(), "--work", dir.resolve("w").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no examples folder").contains("--examples");
        assertThat(Files.exists(dir.resolve("w"))).isFalse();
    }

    @Test
    void aTakenPortIsReportedBeforeTheBuild() throws Exception {
        Path ex = Files.createDirectories(dir.resolve("examples"));
        Cli r;
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            r = Cli.run("demo", "--examples", ex.toString(), "--work", dir.resolve("w").toString(),
                    "--port", Integer.toString(taken.getLocalPort()));
        }
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("is taken").contains("--port");
        assertThat(Files.exists(dir.resolve("w"))).as("nothing built").isFalse();
    }
}
