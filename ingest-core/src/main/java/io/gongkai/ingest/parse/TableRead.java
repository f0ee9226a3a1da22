package io.gongkai.ingest.parse;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cells one table gave.
 *
 * @param values   value by canonical cell id, for every cell of the table (rows not found are zeros)
 * @param blank    cell ids read as zero because they were blank, "-", "—", "/" or missing
 * @param trailing records after the last matched row (another table, when its heading is missing)
 */
record TableRead(Map<String, Double> values, Set<String> blank, List<TableRecord> trailing) {
}
