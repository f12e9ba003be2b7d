package org.paperkg.ingest;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The ingest stage's entry point: reads files and folders of any supported format into one
 * stream of {@link Paper}s.
 *
 * <pre>{@code
 * IngestSummary summary = Corpus.read(List.of(Path.of("seeds"), Path.of("extra.jsonl.gz")),
 *         paper -> extractor.accept(paper), ProblemHandler.logging(log));
 * log.info("{}", summary);   // read 523 records from 5 files; 1 warning ...
 * }</pre>
 *
 * <p>Folders are walked recursively in name order, so a run is repeatable. Inside folders, hidden
 * files and folders (names starting with a dot) and files that are neither named like an input
 * ({@code .jsonl .ndjson .json .csv .xml .atom .txt}, optionally {@code .gz}) nor recognisable by
 * their content (a {@code README.md}, a picture) are left out with a {@linkplain ProblemHandler#note
 * note}: a corpus folder may hold its own documentation without failing the build. A file that is
 * named like an input but cannot be read as one (binary, unknown XML) is skipped and reported, and
 * a file named directly is always tried and reported when it cannot be read. The {@linkplain FormatSniffer format} comes from the
 * file's content and extension together. A file that cannot be read at all is reported and the
 * run goes on with the next one.
 */
public final class Corpus {

    private Corpus() {
    }

    /**
     * Reads every input in order and returns what was read and skipped.
     *
     * @param inputs   files and folders; all must exist
     * @param sink     receives each paper as it is read
     * @param problems receives each problem (wrapped so that the summary can count them)
     * @throws NoSuchFileException when an input does not exist, before anything is read; its
     *                             message names every missing input (a usage error)
     */
    public static IngestSummary read(List<Path> inputs, Consumer<Paper> sink, ProblemHandler problems)
            throws NoSuchFileException {
        return readLocations(inputs.stream().map(InputLocation::of).toList(), sink, problems);
    }

    /**
     * Reads every input in order, as {@link #read(List, Consumer, ProblemHandler)}, from any
     * {@link InputLocation}: local paths, or Hadoop file system paths on Spark's driver.
     *
     * @throws NoSuchFileException when an input does not exist (or cannot be looked at), before
     *                             anything is read
     */
    public static IngestSummary readLocations(List<? extends InputLocation> inputs, Consumer<Paper> sink,
            ProblemHandler problems) throws NoSuchFileException {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(problems, "problems");
        List<String> missing = new ArrayList<>();
        for (InputLocation input : inputs) {
            if (!exists(input)) {
                missing.add(input.name());
            }
        }
        if (!missing.isEmpty()) {
            throw new NoSuchFileException(missing.get(0), null,
                    (missing.size() == 1 ? "input not found" : "inputs not found: " + String.join(", ", missing))
                            + "; give existing files or folders");
        }
        Run run = new Run(sink, new ProblemCounter(problems));
        for (InputLocation input : inputs) {
            if (run.isFolder(input)) {
                run.walk(input);
            } else {
                run.file(input, false);
            }
        }
        return new IngestSummary(run.records, run.files, run.problems.skippedByReason(), run.problems.warnings(),
                run.problems.damagedByReason());
    }

    /** The format {@code file} would be read as, or empty when it would be skipped. */
    public static Optional<InputFormat> detect(Path file) throws IOException {
        return Optional.ofNullable(FormatSniffer.sniff(InputLocation.of(file)).format());
    }

    private static boolean exists(InputLocation input) {
        try {
            return input.exists();
        } catch (IOException e) {
            return false;
        }
    }

    /** One run's state. */
    private static final class Run {
        private final Consumer<Paper> sink;
        private final ProblemCounter problems;
        private final Set<Object> visited = new HashSet<>();
        long records;
        long files;

        Run(Consumer<Paper> sink, ProblemCounter problems) {
            this.sink = paper -> {
                records++;
                sink.accept(paper);
            };
            this.problems = problems;
        }

        boolean isFolder(InputLocation input) {
            try {
                return input.isFolder();
            } catch (IOException e) {
                return false; // file() reports it
            }
        }

        void walk(InputLocation folder) {
            List<InputLocation> children;
            try {
                if (!visited.add(folder.identity())) {
                    return; // a link back into a folder already read
                }
                children = new ArrayList<>(folder.children());
            } catch (IOException e) {
                problems.skipped(new SourceRef(folder.name(), 0), "unreadable folder: " + e.getMessage());
                return;
            }
            children.sort(Comparator.comparing(InputLocation::fileName));
            for (InputLocation child : children) {
                String name = child.fileName();
                boolean folderChild = isFolder(child);
                if (name.startsWith(".")) {
                    problems.note(new SourceRef(child.name(), 0), "hidden " + (folderChild ? "folder" : "file")
                            + " left out: names starting with a dot are not read from folders; name the file directly"
                            + " to read it");
                } else if (folderChild) {
                    walk(child);
                } else {
                    file(child, true);
                }
            }
        }

        /** Reads one file; {@code inFolder} when it was found by walking a folder rather than named. */
        void file(InputLocation file, boolean inFolder) {
            String name = file.name();
            SourceRef where = new SourceRef(name, 0);
            try {
                if (!file.isRegularFile()) {
                    problems.skipped(where, "not a regular file: only files and folders are read");
                    return;
                }
                FormatSniffer.Sniff sniff = FormatSniffer.sniff(file);
                if (sniff.format() == null && inFolder && !FormatSniffer.hasInputExtension(file)) {
                    problems.note(where, "not an input file, left out: " + sniff.problem());
                    return;
                }
                if (sniff.format() == null) {
                    problems.skipped(where, sniff.problem());
                    return;
                }
                files++;
                sniff.format().reader().read(file, name, sink, problems);
            } catch (IOException e) {
                problems.skipped(where, "unreadable file: " + e);
            }
        }
    }
}
