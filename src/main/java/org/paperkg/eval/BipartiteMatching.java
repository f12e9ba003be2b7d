package org.paperkg.eval;

import java.util.Arrays;

/**
 * Maximum matching between predictions and gold items (Kuhn's augmenting paths), so that each
 * gold item is credited at most once and a prediction that could match two gold items never
 * takes the one another prediction needs. The lists scored here are short (tens of items).
 */
final class BipartiteMatching {

    /** Whether prediction {@code p} may be matched with gold item {@code g}. */
    @FunctionalInterface
    interface Edge {
        boolean test(int p, int g);
    }

    private BipartiteMatching() {
    }

    /**
     * A maximum matching; {@code result[p]} is the gold index matched with prediction p, or -1.
     * Predictions are tried in index order, so earlier ones win ties.
     */
    static int[] maximum(int predictions, int golds, Edge edge) {
        int[] goldOf = new int[predictions];
        int[] predOf = new int[golds];
        Arrays.fill(goldOf, -1);
        Arrays.fill(predOf, -1);
        for (int p = 0; p < predictions; p++) {
            augment(p, edge, goldOf, predOf, new boolean[golds]);
        }
        return goldOf;
    }

    private static boolean augment(int p, Edge edge, int[] goldOf, int[] predOf, boolean[] seen) {
        for (int g = 0; g < predOf.length; g++) {
            if (!seen[g] && edge.test(p, g)) {
                seen[g] = true;
                if (predOf[g] < 0 || augment(predOf[g], edge, goldOf, predOf, seen)) {
                    goldOf[p] = g;
                    predOf[g] = p;
                    return true;
                }
            }
        }
        return false;
    }
}
