package org.paperkg.export.write;

/**
 * Maps a node's degree or an edge's weight onto a drawing size between a minimum and a maximum,
 * by square root so that a few hubs do not flatten everything else.
 */
record Scale(double max, double low, double high) {

    double of(double value) {
        if (max <= 0 || value <= 0) {
            return low;
        }
        return low + (high - low) * Math.sqrt(Math.min(1, value / max));
    }
}
