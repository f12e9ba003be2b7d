package org.paperkg.export;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Graphviz's {@code dot} for the tests that render exported DOT files. {@code .ci/run} installs it
 * (Debian package {@code graphviz}); where it is missing the test fails when
 * {@code paperkg.requireShared} is set, as in CI, and is skipped otherwise.
 */
public final class Graphviz {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** A rendered picture: its size in pixels and what {@code dot} said on standard error. */
    public record Png(int width, int height, long bytes, String messages) {
    }

    private Graphviz() {
    }

    public static void require() {
        boolean present;
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            present = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            present = false;
        }
        if (!present) {
            String msg = "Graphviz 'dot' is not installed (apt-get install graphviz; .ci/run does this)";
            if (Boolean.getBoolean("paperkg.requireShared")) {
                fail(msg);
            }
            assumeTrue(false, msg);
        }
    }

    /** Renders {@code dotFile} to {@code png} with {@code dot -Tpng}; fails on a non-zero exit or a file that is not a PNG. */
    public static Png render(Path dotFile, Path png) throws IOException, InterruptedException {
        return render(dotFile, png, 300);
    }

    /** As {@link #render(Path, Path)}, failing when {@code dot} takes longer than {@code seconds}. */
    public static Png render(Path dotFile, Path png, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("dot", "-Tpng", dotFile.toString(), "-o", png.toString())
                .redirectErrorStream(true).start();
        StringBuilder out = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                out.append(new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                out.append("(could not read dot's output: ").append(e.getMessage()).append(')');
            }
        });
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("dot did not finish rendering " + dotFile + " in " + seconds + " s");
        }
        reader.join();
        String messages = out.toString();
        if (p.exitValue() != 0) {
            fail("dot -Tpng " + dotFile + " exited with " + p.exitValue() + ": " + messages);
        }
        byte[] head = Arrays.copyOf(Files.readAllBytes(png), 24);
        if (!Arrays.equals(Arrays.copyOf(head, 8), PNG_SIGNATURE)) {
            fail(png + " does not start with the PNG signature");
        }
        ByteBuffer ihdr = ByteBuffer.wrap(head, 16, 8);
        return new Png(ihdr.getInt(), ihdr.getInt(), Files.size(png), messages.strip());
    }
}
