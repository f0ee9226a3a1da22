package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;
import io.gongkai.events.Section;
import io.gongkai.ingest.report.Rejection;

import java.util.List;

/**
 * Reads §二 主动公开政府信息情况 in the report's layout: the 2021 items (规章, 行政规范性文件, 行政许可, 行政处罚,
 * 行政强制, 行政事业性收费) or the 2019 grid (also 其他对外管理服务事项 and 政府集中采购, signed 本年增/减, amounts with
 * units). The table has no arithmetic, so a row whose cells read several ways is a {@link Rejection}.
 */
final class ActiveTableReader {

    private final FormTableReader reader = new FormTableReader();

    TableRead read(List<TableRecord> records, Layout layout, ParseNotes notes) throws Rejection {
        return reader.read(SectionNames.mark(Section.ACTIVE), records, FormRows.activeRows(layout),
                null, false, notes);
    }
}
