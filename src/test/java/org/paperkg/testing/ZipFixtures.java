package org.paperkg.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Checked-in zipped fixtures (old stores, old indexes) unpacked into a test's own folder. */
public final class ZipFixtures {

    private ZipFixtures() {
    }

    /** Unzips the class-path resource {@code resource} into {@code target} and returns {@code target}. */
    public static Path unzip(String resource, Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream in = ZipFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("fixture not on the test class path: " + resource);
            }
            try (ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    Path out = target.resolve(e.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new IOException("zip entry outside the target: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(zip, out);
                    }
                }
            }
        }
        return target;
    }
}
