package org.paperkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's exit code says whether input was lost, as the README and docs/input-formats.md say (issue 16, item 6). */
class ExitCodesTest {

    @TempDir
    Path tmp;

    private static final String GOOD = "{\"id\": \"2101.00001\", \"title\": \"Alpha Nets\", \"abstract\": \"Alpha nets are good.\"}\n";

    private Cli build(Path... inputs) {
        String[] args = new String[inputs.length + 3];
        args[0] = "build";
        args[1] = "--db";
        args[2] = tmp.resolve("db").toString();
        for (int i = 0; i < inputs.length; i++) {
            args[i + 3] = inputs[i].toString();
        }
        return Cli.run(args);
    }

    @Test
    void anEmptyFileGives3() throws IOException {
        Cli r = build(Files.writeString(tmp.resolve("good.jsonl"), GOOD), Files.writeString(tmp.resolve("empty.jsonl"), ""));
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.INPUT_SKIPPED);
        assertThat(r.out()).contains("skipped 1: empty file 1");
    }

    @Test
    void invalidUtf8Gives3AndKeepsTheRecord() throws IOException {
        Path latin1 = Files.write(tmp.resolve("latin1.jsonl"),
                "{\"title\": \"Caf\u00e9 Nets\", \"abstract\": \"Bytes in Latin-1.\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli r = build(latin1);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.INPUT_SKIPPED);
        assertThat(r.out()).contains("read 1 records: 1 papers").contains("kept with text lost 1: invalid UTF-8 1");
    }

    @Test
    void aFolderWithItsOwnReadmeGives0() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(folder.resolve("README.md"), "# About these papers\n");
        Files.writeString(folder.resolve("papers.jsonl"), GOOD);
        Cli r = build(folder);
        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("read 1 records: 1 papers").doesNotContain("skipped");
    }
}
