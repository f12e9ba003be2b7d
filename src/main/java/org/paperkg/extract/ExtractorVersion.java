package org.paperkg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The extractor's version, derived from what decides its output: every file under
 * {@code org/paperkg/extract/} on the class path (the rule files, the word lists, the CRF model and
 * the compiled extractor code itself) and under {@code ontology/lexicon/} (the curated lexicon and
 * any induced lexicon files beside it). The version is a label plus a hash of those files, such as
 * {@code rules-0.1.0+3f2a9c01d4e7}; a build hashes it into every paper and records it on every
 * fact, so any edit to a rule, a list, a lexicon file, the model or the code re-extracts the papers
 * on the next incremental build, and an unchanged extractor leaves them alone.
 *
 * <p>The files are hashed by path (relative to their folder) and content, in path order, so the
 * version is the same from {@code target/classes} and from the jar.
 */
public final class ExtractorVersion {

    /** The class-path folders whose content makes up the version. */
    static final List<String> FOLDERS = List.of("org/paperkg/extract", "ontology/lexicon");

    private static final int HASH_CHARS = 12;

    private ExtractorVersion() {
    }

    /** {@code label} plus the hash of the class path's extractor files: {@code rules-0.1.0+3f2a9c01d4e7}. */
    public static String of(String label) {
        return label + "+" + ClassPathHash.VALUE;
    }

    /** {@code label} plus the hash of the files under {@code roots} (each walked recursively); for tests. */
    public static String of(String label, List<Path> roots) {
        return label + "+" + hash(roots);
    }

    /** The hash of every regular file under {@code roots}, by relative path and content. */
    static String hash(List<Path> roots) {
        MessageDigest digest = sha256();
        try {
            for (Path root : roots) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(root)) {
                    files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
                }
                files.sort((a, b) -> relative(root, a).compareTo(relative(root, b)));
                for (Path f : files) {
                    digest.update(relative(root, f).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(Files.readAllBytes(f));
                    digest.update((byte) 0);
                }
                digest.update((byte) 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extractor's files to derive its version", e);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, HASH_CHARS);
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    /** The class path's hash, computed once on first use (a few MB, the CRF model most of it). */
    private static final class ClassPathHash {
        static final String VALUE = compute();

        private static String compute() {
            List<Path> roots = new ArrayList<>();
            List<FileSystem> opened = new ArrayList<>();
            try {
                // the folders beside this class (target/classes or the jar), not the first on the class
                // path of that name: tests have an org/paperkg/extract of their own
                Path self = path(ExtractorVersion.class.getResource("ExtractorVersion.class").toURI(), opened);
                Path root = self.getParent().getParent().getParent().getParent();
                for (String folder : FOLDERS) {
                    Path dir = root.resolve(folder);
                    if (!Files.isDirectory(dir)) {
                        throw new IllegalStateException("no " + folder + "/ beside the extractor's classes in " + root);
                    }
                    roots.add(dir);
                }
                return hash(roots);
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException("cannot locate the extractor's files on the class path", e);
            } finally {
                for (FileSystem fs : opened) {
                    try {
                        fs.close();
                    } catch (IOException ignored) {
                        // a read-only jar view; nothing was written
                    }
                }
            }
        }

        /** A path for a class-path resource, in a directory or inside the jar. */
        private static Path path(URI uri, List<FileSystem> opened) throws IOException {
            if (!"jar".equals(uri.getScheme())) {
                return Path.of(uri);
            }
            try {
                FileSystem fs = FileSystems.newFileSystem(uri, Map.of());
                opened.add(fs);
                return fs.provider().getPath(uri);
            } catch (FileSystemAlreadyExistsException e) {
                return FileSystems.getFileSystem(uri).provider().getPath(uri);
            }
        }
    }
}
