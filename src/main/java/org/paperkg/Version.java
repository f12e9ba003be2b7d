package org.paperkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** paperkg's version, filtered into {@code paperkg-version.properties} by Maven. */
public final class Version implements IVersionProvider {

    private static final String VERSION = load();

    /** The project version, such as "0.1.0-SNAPSHOT". */
    public static String get() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"paperkg " + VERSION};
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
