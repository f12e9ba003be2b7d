package org.paperkg.build;

import java.util.function.Supplier;
import org.paperkg.extract.Extractor;
import org.paperkg.rdf.Lexicons;

/**
 * The one place that says which extractor paperkg runs, so that {@code build}, {@code demo},
 * {@code eval} and {@code bench} all measure and write the same thing.
 */
public final class Extractors {

    private Extractors() {
    }

    /** A factory of the standard extractor over {@code lexicon}; each call may load models. */
    public static Supplier<Extractor> standard(Lexicons lexicon) {
        return Extractor::none;
    }
}
