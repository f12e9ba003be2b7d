package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paperkg serve} as a process of its own, the way users run it: SIGTERM stops it with exit
 * code 0 (its help's promise), and while it runs, other commands on its store say who holds the
 * store and what to do instead of printing Jena's stack trace (issue 16, items 6 and 9).
 */
class ServeProcessIT {

    @TempDir
    Path tmp;

    private static List<String> java(String... args) {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-Xmx768m", "-cp",
                System.getProperty("java.class.path"), "org.paperkg.PaperKg"));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void sigtermExits0AndAStoreItHoldsIsNamedByOtherCommands() throws Exception {
        Path corpus = Files.writeString(tmp.resolve("papers.jsonl"),
                "{\"id\": \"2101.00001\", \"title\": \"Alpha Nets\", \"abstract\": \"Alpha nets are good.\"}\n");
        Path db = tmp.resolve("db");
        Process build = new ProcessBuilder(java("build", "--db", db.toString(), corpus.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile()).start();
        assertThat(build.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(build.exitValue()).as(Files.readString(tmp.resolve("build.log"))).isZero();

        Process serve = new ProcessBuilder(java("serve", "--db", db.toString(), "--port", "0"))
                .redirectError(tmp.resolve("serve.err").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.contains(": open http"));
            assertThat(line).as(Files.readString(tmp.resolve("serve.err"))).isNotNull();

            Cli stats = Cli.run("stats", "--db", db.toString());
            assertThat(stats.exitCode()).as(stats.err()).isEqualTo(ExitCodes.FAILURE);
            assertThat(stats.err()).contains("paperkg stats: the store " + db + " is in use by process " + serve.pid())
                    .contains("stop that process").contains("--endpoint").doesNotContain("\tat ");

            serve.destroy(); // SIGTERM
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(serve.exitValue()).as(Files.readString(tmp.resolve("serve.err"))).isZero();
        } finally {
            serve.destroyForcibly();
        }
    }
}
