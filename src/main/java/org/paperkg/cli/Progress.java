package org.paperkg.cli;

import java.io.Console;
import java.io.PrintStream;
import org.paperkg.build.GraphBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Build progress: a one-line counter redrawn on a terminal, a log line every ten seconds
 * otherwise (so CI logs stay readable).
 */
abstract class Progress implements GraphBuilder.Listener {

    /** The kind that fits where stderr goes. */
    static Progress forConsole() {
        Console console = System.console();
        return console != null && console.isTerminal() ? new Terminal(System.err) : new Logged();
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
