package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;
import io.gongkai.events.Section;
import io.gongkai.ingest.report.Rejection;

import java.util.List;

/**
 * Reads §三 收到和处理政府信息公开申请情况: 25 rows (23 in the 2019 layout, whose （六）其他处理 is one row) of seven
 * applicant columns. Each row's total is the sum of its six columns, and the form's column arithmetic
 * ({@link ApplicationArithmetic}) settles digits that split several ways; what stays ambiguous is a
 * {@link Rejection}.
 */
final class ApplicationTableReader {

    private static final ColumnCheck ARITHMETIC_2021 = new ApplicationArithmetic(Layout.LAYOUT_2021);
    private static final ColumnCheck ARITHMETIC_2019 = new ApplicationArithmetic(Layout.LAYOUT_2019);

    private final FormTableReader reader = new FormTableReader();

    TableRead read(List<TableRecord> records, Layout layout, ParseNotes notes) throws Rejection {
        ColumnCheck arithmetic = layout == Layout.LAYOUT_2019 ? ARITHMETIC_2019 : ARITHMETIC_2021;
        return reader.read(SectionNames.mark(Section.APPLICATIONS), records, FormRows.applicationRows(layout),
                arithmetic, false, notes);
    }
}
