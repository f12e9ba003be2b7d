package org.paperkg.extract;

import java.util.Objects;

/**
 * The text says that one method outperforms another: "X outperforms Y", "X surpasses Y".
 *
 * @param better   name of the winning method entity (usually the proposed one)
 * @param baseline name of the method entity it beats
 * @param evidence where it was read
 */
public record Comparison(String better, String baseline, Evidence evidence) {

    public Comparison {
        Objects.requireNonNull(better, "better");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(evidence, "evidence");
    }
}
