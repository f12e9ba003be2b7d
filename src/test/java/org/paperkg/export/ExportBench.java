package org.paperkg.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paperkg.PaperKg;
import org.paperkg.export.model.ExportFormat;
import org.paperkg.pipeline.BuildOptions;
import org.paperkg.pipeline.CorpusBuild;
import org.paperkg.domain.EntityType;
import org.paperkg.extract.Evidence;
import org.paperkg.extract.ExtractedEntity;
import org.paperkg.extract.Extraction;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.LexiconEntry;
import org.paperkg.extract.Section;
import org.paperkg.ingest.Paper;
import org.paperkg.ingest.ProblemHandler;
import org.paperkg.rdf.Lexicons;
import org.paperkg.link.ResourceIris;

/**
 * Times the co-occurrence export of a large store and measures its peak heap, for several cuts and
 * every graph format, and the whole-store N-Quads dump, by running {@code paperkg export --stats}
 * in one JVM. Run it with a small heap to show the bound holds:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * $JAVA21 -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.paperkg.export.ExportBench DB [TOP ...]      (default TOP: 60 1000 0, 0 meaning all)
 * </pre>
 *
 * With {@code --lexicon-build CORPUS.jsonl} it first builds DB from the corpus through the real
 * build pipeline, with a stand-in extractor that links every curated lexicon name found in a
 * paper's title or abstract (whole words, ignoring case for names of four letters or more). That
 * gives a store of the right shape for measuring export before the CoreNLP extractor is wired in;
 * it is not a measure of extraction. For a store built by {@code ./paperkg build}, the same
 * numbers come from {@code ./paperkg export ... --stats}.
 */
public final class ExportBench {

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        Path corpus = null;
        int i = rest.indexOf("--lexicon-build");
        if (i >= 0) {
            corpus = Path.of(rest.get(i + 1));
            rest.remove(i + 1);
            rest.remove(i);
        }
        if (rest.isEmpty()) {
            System.out.println("usage: ExportBench [--lexicon-build CORPUS.jsonl] DB [TOP ...]");
            return;
        }
        Path db = Path.of(rest.remove(0));
        ResourceIris iris = ResourceIris.defaults();
        if (corpus != null) {
            long t = System.nanoTime();
            Lexicons lexicon = Lexicons.load(iris);
            var report = new CorpusBuild(new BuildOptions(List.of(corpus), db, iris, 2, BuildOptions.DEFAULT_BATCH),
                    () -> new LexiconMatcher(lexicon), lexicon, CorpusBuild.Listener.NONE).run(ProblemHandler.strict());
            System.out.printf(Locale.ROOT, "built %s in %.1f s%n%s", db, (System.nanoTime() - t) / 1e9, report.describe());
        }
        List<String> tops = rest.isEmpty() ? List.of("60", "1000", "0") : rest;
        Path out = Files.createTempDirectory("paperkg-bench");
        for (String top : tops) {
            for (ExportFormat f : List.of(ExportFormat.DOT, ExportFormat.GEXF, ExportFormat.GRAPHML, ExportFormat.CYJS)) {
                export("--view", "cooccurrence", "--top", top, "--format", f.cliName(), "--out",
                        out.resolve("cooc-" + top + "." + f.extension()).toString(), "--db", db.toString(), "--stats");
            }
        }
        export("--format", "nquads", "--out", out.resolve("dump.nq.gz").toString(), "--db", db.toString(), "--stats");
        System.out.println("files in " + out);
    }

    /** Runs {@code paperkg export} in this JVM; its --stats line reports time and peak heap. */
    private static void export(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        System.gc();
        int code = PaperKg.commandLine().execute(all);
        if (code != 0) {
            throw new IllegalStateException("paperkg " + String.join(" ", all) + " exited with " + code);
        }
    }

    /** The stand-in extractor: curated lexicon names found as whole words, one entity per lexicon entry. */
    static final class LexiconMatcher implements Extractor {
        private static final int MAX_WORDS = 6;
        private final Map<String, LexiconEntry> names = new HashMap<>();

        LexiconMatcher(Lexicons lexicon) {
            for (LexiconEntry e : lexicon.entries()) {
                List<String> all = new ArrayList<>(e.altLabels());
                all.add(e.prefLabel());
                for (String n : all) {
                    String key = n.length() >= 4 ? n.toLowerCase(Locale.ROOT) : n;
                    if (n.length() >= 2 && n.split("\\s+").length <= MAX_WORDS) {
                        names.putIfAbsent(key, e);
                    }
                }
            }
        }

        @Override
        public Extraction extract(Paper paper) {
            Map<String, List<Evidence>> found = new HashMap<>();
            Map<String, LexiconEntry> entries = new HashMap<>();
            scan(Section.TITLE, paper.title(), found, entries);
            scan(Section.ABSTRACT, paper.abstractText(), found, entries);
            List<ExtractedEntity> out = new ArrayList<>();
            found.forEach((iri, ev) -> {
                LexiconEntry e = entries.get(iri);
                out.add(new ExtractedEntity(e.type(), e.prefLabel(), List.of(), iri, false, ev));
            });
            out.sort((a, b) -> a.name().compareTo(b.name()));
            return new Extraction(version(), out, List.of(), List.of(), List.of());
        }

        private void scan(Section section, String text, Map<String, List<Evidence>> found, Map<String, LexiconEntry> entries) {
            List<int[]> words = new ArrayList<>();
            var m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\-.+]*[\\p{L}\\p{N}+]|[\\p{L}\\p{N}]").matcher(text);
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
            }
            for (int w = 0; w < words.size(); w++) {
                for (int n = Math.min(MAX_WORDS, words.size() - w); n >= 1; n--) {
                    int start = words.get(w)[0];
                    int end = words.get(w + n - 1)[1];
                    String span = text.substring(start, end);
                    LexiconEntry e = names.get(span.length() >= 4 ? span.toLowerCase(Locale.ROOT) : span);
                    if (e != null) {
                        entries.put(e.iri(), e);
                        found.computeIfAbsent(e.iri(), k -> new ArrayList<>())
                                .add(new Evidence(section, start, end, sentence(text, start, end), "lexicon",
                                        e.type() == EntityType.METRIC ? 0.7 : 0.85));
                        w += n - 1;
                        break;
                    }
                }
            }
        }

        /** The sentence around a mention, cut at ". " on either side. */
        private static String sentence(String text, int start, int end) {
            int from = text.lastIndexOf(". ", start);
            int to = text.indexOf(". ", end);
            return text.substring(from < 0 ? 0 : from + 2, to < 0 ? text.length() : to + 1);
        }

        @Override
        public String version() {
            return "bench-lexicon-matcher";
        }

        @Override
        public boolean threadSafe() {
            return true;
        }
    }
}
