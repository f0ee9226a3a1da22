package io.gongkai.ingest.parse;

import io.gongkai.events.Section;
import io.gongkai.ingest.report.Rejection;

import java.util.List;

/**
 * Reads §四 政府信息公开行政复议、行政诉讼情况: 行政复议, 未经复议直接起诉 and 复议后起诉, five columns each whose last is
 * the total of the other four. The form prints the fifteen figures on one row under a two-level header, so one
 * record holding them all is the normal shape; rows printed one per case are read too.
 */
final class LitigationTableReader {

    private final FormTableReader reader = new FormTableReader();

    TableRead read(List<TableRecord> records, ParseNotes notes) throws Rejection {
        return reader.read(SectionNames.mark(Section.REVIEWS_AND_SUITS), records, FormRows.litigationRows(), null,
                true, notes);
    }
}
