package org.paperkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A file or folder on the local file system. */
record LocalInput(Path path) implements InputLocation {

    LocalInput {
        Objects.requireNonNull(path, "path");
    }

    @Override
    public String name() {
        return path.toString();
    }

    @Override
    public String fileName() {
        Path last = path.getFileName();
        return last == null ? path.toString() : last.toString();
    }

    @Override
    public boolean exists() {
        return Files.exists(path);
    }

    @Override
    public boolean isFolder() {
        return Files.isDirectory(path);
    }

    @Override
    public boolean isRegularFile() {
        return Files.isRegularFile(path);
    }

    @Override
    public List<InputLocation> children() throws IOException {
        List<InputLocation> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            entries.forEach(p -> children.add(new LocalInput(p)));
        }
        return children;
    }

    @Override
    public InputStream openRaw() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public Object identity() throws IOException {
        return path.toRealPath();
    }
}
