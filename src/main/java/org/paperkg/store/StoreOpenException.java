package org.paperkg.store;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store could not be opened, with a message that says why and what to do, for the command
 * line to print instead of Jena's stack trace: {@code --db} names a file, a place that cannot be
 * written, or a store another process (a running {@code paperkg serve}) holds.
 */
public final class StoreOpenException extends RuntimeException {

    private static final Pattern CLASS_PREFIX = Pattern.compile("^([\\w$]+\\.)+[\\w$]+(Exception|Error): ");
    private static final Pattern HELD_BY = Pattern.compile("held by process (\\d+)");

    StoreOpenException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code dir} exists and is not a folder. */
    static StoreOpenException notAFolder(Path dir) {
        return new StoreOpenException(dir + " is a file, not a store folder; give --db a folder (build creates it)",
                null);
    }

    /** What TDB2's failure {@code e} to open {@code dir} means to the user. */
    static StoreOpenException of(Path dir, RuntimeException e) {
        String detail = messages(e);
        Matcher held = HELD_BY.matcher(detail);
        if (held.find()) {
            return new StoreOpenException("the store " + dir + " is in use by process " + held.group(1)
                    + " (a running 'paperkg serve'?); stop that process first, or query the running server with"
                    + " 'paperkg query NAME --endpoint http://HOST:PORT/kg/sparql'", e);
        }
        return new StoreOpenException("cannot open or create the store at " + dir + ": " + detail
                + "; give --db a folder you can write", e);
    }

    /** The messages of {@code e} and its causes, without repeats, joined with ": ". */
    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m == null) {
                continue;
            }
            m = CLASS_PREFIX.matcher(m).replaceFirst(""); // "java.io.IOException: Not a directory"
            if (!m.isBlank() && sb.indexOf(m) < 0) {
                sb.append(sb.length() == 0 ? "" : ": ").append(m);
            }
        }
        return sb.length() == 0 ? e.getClass().getSimpleName() : sb.toString();
    }
}
