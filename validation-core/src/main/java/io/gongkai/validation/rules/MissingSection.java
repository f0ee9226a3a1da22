package io.gongkai.validation.rules;

import io.gongkai.events.Layout;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.Section;
import io.gongkai.schemas.cells.CellCatalog;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code MISSING_SECTION}: each of the six sections (一 … 六) is present. A section is missing when the parser did not
 * find it ({@code sections}), or when it is §二 or §四 and its table is missing (its cells absent); then the violation
 * lists those cells. A report without §三's table is rejected before validation, so §三 is only ever missing as a
 * heading. Expected the section's id, actual {@code missing} or {@code table missing}.
 */
final class MissingSection implements Rule {

    private static final Map<Section, String> HEADINGS = Map.of(
            Section.OVERVIEW, "一、总体情况",
            Section.ACTIVE, "二、主动公开政府信息情况",
            Section.APPLICATIONS, "三、收到和处理政府信息公开申请情况",
            Section.REVIEWS_AND_SUITS, "四、政府信息公开行政复议、行政诉讼情况",
            Section.PROBLEMS, "五、存在的主要问题及改进情况",
            Section.OTHER_MATTERS, "六、其他需要报告的事项");

    private final List<List<String>> activeCellsByLayout = Arrays.stream(Layout.values())
            .map(layout -> CellCatalog.cellIds(layout).stream().filter(id -> id.startsWith("active.")).toList())
            .toList();
    private final List<String> reviewCells = CellCatalog.cellIds(Layout.LAYOUT_2021).stream()
            .filter(id -> CellCatalog.CASE_KINDS.stream().anyMatch(kind -> id.startsWith(kind + ".")))
            .toList();

    @Override
    public RuleId id() {
        return RuleId.MISSING_SECTION;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        ParsedReport report = subject.report();
        List<Section> found = report.getSections();
        for (Section section : Section.values()) {
            List<String> tableCells = missingTable(section, report);
            if (!tableCells.isEmpty()) {
                tableMissing(section, tableCells, findings);
            } else if (!found.contains(section)) {
                headingMissing(section, findings);
            }
        }
    }

    /** The cells of the section's table when it has one and the report lacks it; otherwise none. */
    private List<String> missingTable(Section section, ParsedReport report) {
        Layout layout = report.getLayout();
        return switch (section) {
            case ACTIVE -> (layout == Layout.LAYOUT_2019 ? report.getActive2019() : report.getActive2021()) == null
                    ? activeCellsByLayout.get(layout.ordinal()) : List.of();
            case REVIEWS_AND_SUITS -> report.getReviewsAndSuits() == null ? reviewCells : List.of();
            default -> List.of();
        };
    }

    private void tableMissing(Section section, List<String> cells, Findings findings) {
        String heading = HEADINGS.get(section);
        findings.add(id(), cells, section.name(), "table missing",
                "缺少“" + heading + "”的表格，其 " + cells.size() + " 个单元格（" + CellCatalog.label(cells.get(0)) + " 等）没有数据，请补充完整表格；"
                        + "无相关情况的，各项填 0" + Wording.verdictZh("有此表格", "缺失"),
                "The table of section " + heading + " is missing, so its " + cells.size() + " cells (" + CellCatalog.label(cells.get(0))
                        + " and the rest) have no figures; add the full table, writing 0 where there was nothing to report"
                        + Wording.verdictEn("the table", "missing"));
    }

    private void headingMissing(Section section, Findings findings) {
        String heading = HEADINGS.get(section);
        findings.add(id(), List.of(), section.name(), "missing",
                "缺少第" + heading.charAt(0) + "部分“" + heading + "”，年度报告应包含全部六个部分；无相关内容的，也应列出该部分并说明"
                        + Wording.verdictZh("有此部分", "缺失"),
                "Section " + heading + " is missing: an annual report has all six sections, and says so in the section when there "
                        + "is nothing to report" + Wording.verdictEn("the section", "missing"));
    }
}
