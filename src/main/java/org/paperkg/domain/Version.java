package org.paperkg.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * paperkg's own version, filtered into {@code paperkg-version.properties} by Maven. It lives
 * here, below every stage, because writers (GEXF and Cytoscape headers), the demo's cache key
 * and the command line all print it.
 */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    /** The project version, such as "0.1.0-SNAPSHOT"; "dev" when run from unpackaged classes. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/paperkg-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
