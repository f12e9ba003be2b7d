package org.paperkg.cli;

import java.io.PrintWriter;
import org.paperkg.store.StoreOpenException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the failures a user can cause and mend into one line and exit code 1 instead of a stack
 * trace: a store that cannot be opened ({@link StoreOpenException}: {@code --db} names a file, an
 * unwritable place, or a store a running server holds). Anything else is a bug and keeps
 * picocli's default, the stack trace.
 */
public final class CliErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) throws Exception {
        if (e instanceof StoreOpenException) {
            PrintWriter err = cmd.getErr();
            err.printf("%s: %s%n", qualifiedName(cmd), e.getMessage());
            err.flush();
            return ExitCodes.FAILURE;
        }
        throw e;
    }

    /** "paperkg build", "paperkg bench queries". */
    private static String qualifiedName(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName(" ");
    }
}
