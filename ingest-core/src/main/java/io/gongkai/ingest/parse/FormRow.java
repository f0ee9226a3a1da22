package io.gongkai.ingest.parse;

import java.util.List;

/**
 * One row of an official table: its canonical cell ids, in column order, and what its label is matched by.
 *
 * @param label     the official label, for messages (e.g. "三、本年度办理结果（三）不予公开 1.属于国家秘密")
 * @param cellIds   the row's cells, left to right
 * @param words     the letters of the label's own words (e.g. "属于国家秘密")
 * @param key       their {@link LabelMatcher} key
 * @param summed    true when the last cell is the sum of the others (a §三 row's 总计, a §四 case's 总计)
 */
record FormRow(String label, List<String> cellIds, String words, int[] key, boolean summed) {

    int width() {
        return cellIds.size();
    }
}
