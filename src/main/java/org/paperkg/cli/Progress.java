package org.paperkg.cli;

import java.io.Console;
import java.io.PrintStream;
import org.paperkg.pipeline.CorpusBuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Build progress: a one-line counter redrawn on a terminal, a log line every ten seconds
 * otherwise (so CI logs stay readable).
 */
abstract class Progress implements CorpusBuild.Listener {

    /** The kind that fits where stderr goes. */
    static Progress forConsole() {
        return isTerminal(System.console()) ? new Terminal(System.err) : new Logged();
    }

    /**
     * True when stdin/stdout are a terminal. From Java 22 on {@code System.console()} is non-null
     * even when redirected and {@code Console.isTerminal()} tells; the build targets 21, so that
     * method is looked up reflectively.
     */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Called once after the build. */
    abstract void done();

    private static final class Terminal extends Progress {
        private final PrintStream err;
        private final long start = System.nanoTime();
        private long lastDraw;

        Terminal(PrintStream err) {
            this.err = err;
        }

        @Override
        public void progress(long read, long written) {
            long now = System.nanoTime();
            if (now - lastDraw > 200_000_000L) {
                lastDraw = now;
                double secs = (now - start) / 1e9;
                err.printf("\r  %,d records read, %,d papers written, %.0f records/s   ", read, written, read / Math.max(secs, 1e-3));
                err.flush();
            }
        }

        @Override
        void done() {
            err.print("\r" + " ".repeat(78) + "\r");
            err.flush();
        }
    }

    private static final class Logged extends Progress {
        private static final Logger LOG = LoggerFactory.getLogger("paperkg.build");
        private long lastLog = System.nanoTime();

        @Override
        public void progress(long read, long written) {
            long now = System.nanoTime();
            if (now - lastLog > 10_000_000_000L) {
                lastLog = now;
                LOG.info("{} records read, {} papers written", read, written);
            }
        }

        @Override
        void done() {
        }
    }
}
