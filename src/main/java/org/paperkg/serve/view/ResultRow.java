package org.paperkg.serve.view;

import java.math.BigDecimal;

/**
 * One reported result as the pages show it: a row of a paper's results table or of an entity's
 * leaderboard.
 *
 * @param resultIri      the pk:Result
 * @param paperIri       the paper that reports it
 * @param paperTitle     its title
 * @param paperDate      its date ({@code dcterms:issued}, or the listing day {@code --MM-DD} of a listing page), or null
 * @param metricIri      the metric
 * @param metricLabel    the metric's label
 * @param higherIsBetter the metric's direction, or null when the lexicon does not say
 * @param value          the number, or null when it is not a decimal
 * @param valueText      the value as written ("28.4", "+2.7 AP")
 * @param unit           "%", "dB", ... or ""
 * @param delta          true for an improvement rather than a score
 * @param datasetIri     the dataset it was measured on, or null
 * @param datasetLabel   its label, or null
 * @param methodIri      the method it belongs to, or null
 * @param methodLabel    its label, or null
 * @param confidence     the highest confidence of its evidence, or NaN
 * @param evidenceIri    the evidence node with that confidence, or null
 * @param sentence       that evidence's sentence, or null
 */
public record ResultRow(String resultIri, String paperIri, String paperTitle, String paperDate,
        String metricIri, String metricLabel, Boolean higherIsBetter, BigDecimal value, String valueText, String unit,
        boolean delta, String datasetIri, String datasetLabel, String methodIri, String methodLabel,
        double confidence, String evidenceIri, String sentence) {
}
