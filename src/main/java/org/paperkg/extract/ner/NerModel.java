package org.paperkg.extract.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.paperkg.domain.EntityType;

/**
 * A trained CRF that proposes entity spans with a probability.
 *
 * <pre>{@code
 * NerModel crf = NerModel.shipped();
 * for (NerSpan s : crf.tag(sentenceTokens)) { ... s.type(), s.probability() ... }
 * }</pre>
 *
 * <p>Tagging is posterior decoding: one forward-backward pass gives each token's marginal
 * probability per label; each token takes its most probable label, runs of one label become
 * spans, and a span's probability is the smallest marginal of its label over its tokens. That is
 * one pass instead of Viterbi plus marginals, and the probability says how sure the CRF is of the
 * weakest word of the span. Thread-safe: the classifier's weights are read-only while tagging.
 */
public final class NerModel {

    /** Where the model shipped with paperkg lives on the class path. */
    public static final String RESOURCE = "/org/paperkg/extract/ner/paperkg-ner.crf.ser.gz";

    private final CRFClassifier<CoreLabel> crf;
    private final String source;
    private final EntityType[] types;

    private NerModel(CRFClassifier<CoreLabel> crf, String source) {
        this.crf = crf;
        this.source = source;
        Index<String> classes = crf.classIndex;
        this.types = new EntityType[classes.size()];
        for (int k = 0; k < classes.size(); k++) {
            String label = classes.get(k);
            types[k] = label.equals(NerLabels.OUTSIDE) ? null : EntityType.parse(label);
        }
    }

    /** Wraps a classifier just trained. */
    static NerModel of(CRFClassifier<CoreLabel> crf, String source) {
        return new NerModel(crf, source);
    }

    /**
     * The model shipped in paperkg's jar ({@value #RESOURCE}); loads in about a second.
     *
     * @throws IllegalStateException when the resource is missing or unreadable
     */
    public static NerModel shipped() {
        try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the CRF model " + RESOURCE + " is not on the class path;"
                        + " train one with 'paperkg train-ner' or switch the CRF off");
            }
            return read(in, "classpath:" + RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the CRF model " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** A model written by {@code paperkg train-ner}. */
    public static NerModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CRF model " + file + ": " + e.getMessage(), e);
        }
    }

    private static NerModel read(InputStream raw, String source) throws IOException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16))) {
            return new NerModel(CRFClassifier.getClassifier(in), source);
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a CoreNLP CRF model: " + e.getMessage(), e);
        }
    }

    /** Where the model was read from. */
    public String source() {
        return source;
    }

    /**
     * The spans the CRF tags in one sentence.
     *
     * @param sentence the sentence's tokens with words and part-of-speech tags (not modified)
     */
    public List<NerSpan> tag(List<CoreLabel> sentence) {
        Objects.requireNonNull(sentence, "sentence");
        if (sentence.isEmpty()) {
            return List.of();
        }
        List<CoreLabel> doc = NerFeatures.prepare(crf.flags, sentence, false);
        CRFCliqueTree<String> tree = crf.getCliqueTree(doc);
        int n = tree.length();
        int[] best = new int[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            int arg = 0;
            double max = -1;
            for (int k = 0; k < types.length; k++) {
                double q = tree.prob(i, k);
                if (q > max) {
                    max = q;
                    arg = k;
                }
            }
            best[i] = arg;
            p[i] = max;
        }
        List<NerSpan> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            EntityType t = types[best[i]];
            if (t == null) {
                i++;
                continue;
            }
            int j = i;
            double min = 1;
            while (j < n && best[j] == best[i]) {
                min = Math.min(min, p[j]);
                j++;
            }
            out.add(new NerSpan(i, j, t, Math.min(1.0, Math.max(0.0, min))));
            i = j;
        }
        return out;
    }

    /** The underlying classifier, for serialising a freshly trained model. */
    CRFClassifier<CoreLabel> classifier() {
        return crf;
    }
}
