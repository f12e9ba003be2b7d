package org.paperkg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.paperkg.PaperKg;
import picocli.CommandLine;

/** Runs {@code paperkg} in-process and keeps what it printed. */
public record Cli(int exitCode, String out, String err) {

    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = PaperKg.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }
}
