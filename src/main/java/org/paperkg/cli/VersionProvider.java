package org.paperkg.cli;

import org.paperkg.domain.Version;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints: "paperkg 0.1.0-SNAPSHOT". */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"paperkg " + Version.get()};
    }
}
