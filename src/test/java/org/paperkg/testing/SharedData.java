package org.paperkg.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code ../shared} data folder for tests that read real corpora.
 *
 * <p>Its location comes from the system property {@code paperkg.shared} (set by Maven, by default
 * {@code ../shared} beside the checkout). When {@code paperkg.requireShared} is true, as
 * {@code .ci/run} sets it, a missing file fails the test loudly; otherwise the test is skipped
 * with a message, so a developer without the data still gets a green unit run.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder's path (it may not exist). */
    public static Path root() {
        return Path.of(System.getProperty("paperkg.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** {@code root().resolve(relative)}, failing or skipping the test when it does not exist. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            String msg = "shared data missing: " + p
                    + " (set -Dpaperkg.shared=DIR to the folder that holds seeds/ and corpora/)";
            if (Boolean.getBoolean("paperkg.requireShared")) {
                fail(msg);
            }
            assumeTrue(false, msg);
        }
        return p;
    }
}
