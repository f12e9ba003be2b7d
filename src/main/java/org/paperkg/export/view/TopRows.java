package org.paperkg.export.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the {@code n} best of a stream of rows in a heap of size {@code n}, so ranking every
 * entity of a large store holds only the winners. With {@code n == 0} it keeps everything.
 */
final class TopRows<T> {

    private final int n;
    private final Comparator<T> better;
    private final PriorityQueue<T> heap;
    private final List<T> all = new ArrayList<>();

    /** {@code better} orders rows best first; ties must be broken (by id) so the result is stable. */
    TopRows(int n, Comparator<T> better) {
        this.n = n;
        this.better = better;
        this.heap = new PriorityQueue<>(Math.max(1, n), better.reversed());
    }

    void offer(T row) {
        if (n == 0) {
            all.add(row);
            return;
        }
        if (heap.size() < n) {
            heap.add(row);
        } else if (better.compare(row, heap.peek()) < 0) {
            heap.poll();
            heap.add(row);
        }
    }

    /** The kept rows, best first. */
    List<T> best() {
        List<T> out = new ArrayList<>(n == 0 ? all : heap);
        out.sort(better);
        return out;
    }
}
