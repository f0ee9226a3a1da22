package io.gongkai.validation.rules;

import io.gongkai.events.ParsedReport;

/**
 * What a rule checks: the report and its cells, and — for the cross-year rules — the same organ's report for the
 * year before and its cells ({@code previous} and {@code previousCells} null when not known).
 */
record Subject(ParsedReport report, CellSheet cells, ParsedReport previous, CellSheet previousCells) {

    boolean hasPrevious() {
        return previous != null;
    }

    int year() {
        return report.getYear();
    }
}
