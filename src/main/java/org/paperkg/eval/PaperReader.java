package org.paperkg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.paperkg.ingest.Paper;

/**
 * Reads paper records from input files or folders, one at a time, into a sink. This is the
 * ingest stage's job; eval takes it as a function so that it depends on no reader in particular
 * (the command wires {@code org.paperkg.ingest.Corpus} in).
 */
@FunctionalInterface
public interface PaperReader {

    /** Hands every paper of the inputs to {@code sink}; throws for an input that cannot be read. */
    void read(List<Path> inputs, Consumer<Paper> sink) throws IOException;
}
