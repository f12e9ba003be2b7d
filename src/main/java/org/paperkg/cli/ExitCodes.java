package org.paperkg.cli;

/** The exit codes of every paperkg command. */
public final class ExitCodes {

    /** Everything worked and nothing was skipped. */
    public static final int OK = 0;
    /** The command failed (an I/O error, a store failure, a graph that does not conform). */
    public static final int FAILURE = 1;
    /** The command line was wrong: unknown option, missing file, bad value. */
    public static final int USAGE = 2;
    /** The command finished but skipped some input; the log names what and why. */
    public static final int INPUT_SKIPPED = 3;

    private ExitCodes() {
    }
}
