package io.gongkai.ingest.parse;

import java.util.List;

/**
 * One official table as the parser reads it.
 *
 * @param name       how messages and locations name it: "§三"
 * @param rows       its rows in the form's order
 * @param index      its rows' label words, indexed
 * @param arithmetic its column arithmetic, or null when it has none
 * @param oneLineRow true when the form prints several rows' figures on one line under a header (§四)
 */
record FormTable(String name, List<FormRow> rows, RowIndex index, ColumnCheck arithmetic, boolean oneLineRow) {

    FormTable(String name, List<FormRow> rows, ColumnCheck arithmetic, boolean oneLineRow) {
        this(name, List.copyOf(rows), new RowIndex(rows), arithmetic, oneLineRow);
    }
}
