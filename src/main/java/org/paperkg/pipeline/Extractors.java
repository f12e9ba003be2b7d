package org.paperkg.pipeline;

import java.util.function.Supplier;
import org.paperkg.extract.CoreNlpExtractor;
import org.paperkg.extract.Extractor;
import org.paperkg.extract.ExtractorConfig;
import org.paperkg.extract.Lexicon;
import org.paperkg.rdf.Lexicons;

/**
 * The one place that says which extractor paperkg runs, so that {@code build}, {@code demo},
 * {@code eval} and {@code bench} all measure and write the same thing.
 */
public final class Extractors {

    private Extractors() {
    }

    /**
     * A factory of the standard extractor, CoreNLP and the rules over {@code lexicon}. The lexicon
     * index is built once, here; each call of the factory creates an extractor (CoreNLP keeps its
     * loaded models in a shared pool, so only the first call loads them).
     */
    public static Supplier<Extractor> standard(Lexicons lexicon) {
        return standard(lexicon, ExtractorConfig.DEFAULT_CRF);
    }

    /**
     * As {@link #standard(Lexicons)}, with the CRF switched on or off (for {@code paperkg eval
     * --ner}, which scores the extractor both ways).
     */
    public static Supplier<Extractor> standard(Lexicons lexicon, boolean crf) {
        Lexicon index = Lexicon.of(lexicon.entries());
        return () -> CoreNlpExtractor.create(index, ExtractorConfig.defaults().withCrf(crf));
    }
}
