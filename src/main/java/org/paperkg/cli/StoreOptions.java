package org.paperkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.paperkg.rdf.PK;
import org.paperkg.link.ResourceIris;
import org.paperkg.store.KgStore;
import picocli.CommandLine.Option;

/** The options that say which store a command works on; mixed into every command that needs one. */
public final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "db",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = PK.DEFAULT_RESOURCE_BASE,
            description = "Resource base IRI the store was built with (default: ${DEFAULT-VALUE}).")
    String base;

    public Path db() {
        return db;
    }

    /**
     * What to tell the user when {@code --db} names no store ("no store at DIR (run 'paperkg build'
     * first)"), or null when it names one. A folder that exists but holds no TDB2 store is refused
     * too, so that no command but {@code build} ever writes a new store into it.
     */
    public String missing() {
        if (KgStore.isStore(db)) {
            return null;
        }
        if (Files.isDirectory(db)) {
            return "no store at " + db + ": the folder holds no paperkg store, and only 'paperkg build' creates one"
                    + " (check --db, or run 'paperkg build --db " + db + " INPUT...' first)";
        }
        return "no store at " + db + " (run 'paperkg build' first)";
    }

    /** The resource IRIs; a malformed base is reported as a usage error by the caller. */
    public ResourceIris iris() {
        return ResourceIris.withBase(base);
    }
}
