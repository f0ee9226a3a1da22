package io.gongkai.validation.rules;

import java.util.List;

/**
 * A rule that holds cells of year Y against cells the same organ reported for Y−1, pair by pair. Checked only when
 * the report of Y−1 is known and both cells of a pair are present; the caller re-validates Y when Y−1 arrives later.
 */
abstract class CrossYearCells implements Rule {

    /** A cell of Y and the cell of Y−1 it is held against. */
    record Pair(int current, int previous) {
    }

    private final List<Pair> pairs;

    CrossYearCells(List<Pair> pairs) {
        this.pairs = List.copyOf(pairs);
    }

    @Override
    public final void check(Subject subject, Findings findings) {
        if (!subject.hasPrevious()) {
            return;
        }
        CellSheet cells = subject.cells();
        CellSheet previous = subject.previousCells();
        int previousYear = subject.previous().getYear();
        for (Pair pair : pairs) {
            long now = cells.value(pair.current());
            long before = previous.value(pair.previous());
            if (!holds(now, before) && cells.has(pair.current()) && previous.has(pair.previous())) {
                report(findings, pair, now, before, previousYear);
            }
        }
    }

    /** Whether Y's value {@code now} agrees with Y−1's value {@code before}. */
    abstract boolean holds(long now, long before);

    /** Adds the finding for a pair that does not hold. */
    abstract void report(Findings findings, Pair pair, long now, long before, int previousYear);
}
