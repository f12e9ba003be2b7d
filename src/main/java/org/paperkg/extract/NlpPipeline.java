package org.paperkg.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.util.CoreMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;

/**
 * The CoreNLP annotators paperkg runs, built once and timed one by one.
 *
 * <p>The annotators are built directly (not through {@code StanfordCoreNLP}) so that each call can
 * be timed on its own: {@code paperkg bench} prints how much of the extraction time is CoreNLP's
 * and how much is paperkg's rules. CoreNLP annotators keep no per-document state, so one instance
 * serves several threads; the timers are {@link LongAdder}s for the same reason.
 *
 * <p>Since CoreNLP 4.5 the tokenizer also splits sentences, so "ssplit" is accepted and adds
 * nothing.
 */
final class NlpPipeline {

    /** Annotator names this class knows, in the order they must run. */
    static final List<String> KNOWN = List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");

    private final List<String> names;
    private final List<Annotator> annotators;
    private final List<LongAdder> nanos;
    private final LongAdder documents = new LongAdder();

    private NlpPipeline(List<String> names, List<Annotator> annotators) {
        this.names = List.copyOf(names);
        this.annotators = List.copyOf(annotators);
        this.nanos = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            nanos.add(new LongAdder());
        }
    }

    /**
     * Builds the named annotators (loading their models: seconds for pos, longer for ner).
     *
     * @throws IllegalArgumentException for an unknown name, a wrong order or a missing prerequisite
     */
    static NlpPipeline create(List<String> annotatorNames) {
        List<String> wanted = new ArrayList<>();
        int last = -1;
        for (String raw : annotatorNames) {
            String n = raw.strip().toLowerCase(Locale.ROOT);
            int pos = KNOWN.indexOf(n);
            if (pos < 0) {
                throw new IllegalArgumentException("unknown annotator '" + raw + "'; known: " + KNOWN);
            }
            if (pos <= last) {
                throw new IllegalArgumentException("annotators must be listed in the order " + KNOWN
                        + ", got " + annotatorNames);
            }
            last = pos;
            wanted.add(n);
        }
        require(wanted, "tokenize", "tokenize");
        if (wanted.contains("lemma") || wanted.contains("ner") || wanted.contains("depparse")) {
            require(wanted, "pos", "lemma, ner and depparse");
        }
        if (wanted.contains("ner")) {
            require(wanted, "lemma", "ner");
        }
        Properties props = properties(wanted);
        AnnotatorImplementations impl = new AnnotatorImplementations();
        List<String> names = new ArrayList<>();
        List<Annotator> annotators = new ArrayList<>();
        for (String n : wanted) {
            Annotator a = switch (n) {
                case "tokenize" -> impl.tokenizer(props);
                case "pos" -> impl.posTagger(props);
                case "lemma" -> impl.morpha(props, false);
                case "ner" -> impl.ner(props);
                case "depparse" -> impl.dependencies(props);
                default -> null; // ssplit: done by the tokenizer
            };
            if (a != null) {
                names.add(n);
                annotators.add(a);
            }
        }
        return new NlpPipeline(names, annotators);
    }

    private static void require(List<String> wanted, String name, String by) {
        if (!wanted.contains(name)) {
            throw new IllegalArgumentException("annotator '" + name + "' is required by " + by + ", got " + wanted);
        }
    }

    private static Properties properties(List<String> wanted) {
        Properties p = new Properties();
        p.setProperty("annotators", String.join(",", wanted));
        // Keep brackets and quotes as written: rules match "(" and offsets must cut the cleaned text.
        p.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,untokenizable=noneKeep");
        p.setProperty("tokenize.language", "en");
        // Dates and fine-grained classes cost time and name nothing paperkg extracts.
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    /** The annotators that actually run (without "ssplit"), in order. */
    List<String> annotators() {
        return names;
    }

    /** True when part-of-speech tags are available. */
    boolean tags() {
        return names.contains("pos");
    }

    /** Annotates one section's text and returns its sentences. */
    List<SentenceTokens> annotate(Section section, String text) {
        List<SentenceTokens> out = new ArrayList<>();
        for (CoreMap s : sentences(text)) {
            int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> toks = new ArrayList<>(labels.size());
            int prevEnd = -1;
            for (CoreLabel l : labels) {
                String word = l.originalText() != null ? l.originalText() : l.word();
                int b = l.beginPosition();
                int e = l.endPosition();
                String tag = l.tag() == null ? "" : l.tag();
                String lemma = l.lemma() == null ? word.toLowerCase(Locale.ROOT) : l.lemma();
                toks.add(new Token(toks.size(), word, b, e, tag, lemma, prevEnd >= 0 && b > prevEnd));
                prevEnd = e;
            }
            out.add(new SentenceTokens(section, out.size(), begin, end, text.substring(begin, end), toks, s));
        }
        return out;
    }

    /**
     * The CoreNLP tokens of each sentence of a text, as the annotators left them: for the CRF,
     * which trains and tags on exactly these tokens.
     */
    List<List<CoreLabel>> tokens(String text) {
        List<List<CoreLabel>> out = new ArrayList<>();
        for (CoreMap s : sentences(text)) {
            out.add(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        return out;
    }

    /** Runs the annotators over one text, timing each, and returns its sentences (none for an empty text). */
    private List<CoreMap> sentences(String text) {
        Annotation doc = new Annotation(text);
        for (int i = 0; i < annotators.size(); i++) {
            long t0 = System.nanoTime();
            annotators.get(i).annotate(doc);
            nanos.get(i).add(System.nanoTime() - t0);
        }
        documents.increment();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        return sentences == null ? List.of() : sentences;
    }

    /** Time spent in each annotator since creation, in pipeline order. */
    Map<String, Duration> timings() {
        Map<String, Duration> out = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), Duration.ofNanos(nanos.get(i).sum()));
        }
        return out;
    }

    /** Number of texts annotated since creation. */
    long documents() {
        return documents.sum();
    }
}
