package io.gongkai.validation.rules;

import io.gongkai.schemas.cells.CellCatalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code BLANK_CELLS}: the cells left blank or written "-", "—" or "/" that were read as zero ({@code blankCells}),
 * listed in form order in one violation; the message names the first {@value #NAMED} by label. Expected {@code 0}
 * blank cells, actual how many.
 */
final class BlankCells implements Rule {

    private static final int NAMED = 10;

    @Override
    public RuleId id() {
        return RuleId.BLANK_CELLS;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        List<String> blank = subject.report().getBlankCells();
        if (blank.isEmpty()) {
            return;
        }
        List<String> cells = new ArrayList<>(blank.stream().distinct().toList());
        cells.sort(Comparator.comparingInt(cell -> CellIndex.formPosition(subject.cells().layout(), cell)));
        List<String> labels = cells.stream().limit(NAMED).map(CellCatalog::label).toList();
        String more = cells.size() > NAMED ? "等 " + cells.size() + " 个" : "";
        String moreEn = cells.size() > NAMED ? " and " + (cells.size() - NAMED) + " more" : "";
        String actual = Integer.toString(cells.size());
        findings.add(id(), List.copyOf(cells), "0", actual,
                cells.size() + " 个单元格为空白或填写“-”“—”“/”，已按 0 计算：" + String.join("、", labels) + more
                        + "。确为 0 的请填写 0，否则请填写实际数字" + Wording.verdictZh("0", actual),
                cells.size() + " cells were left blank or written \"-\", \"—\" or \"/\" and were read as 0: " + String.join(", ", labels) + moreEn
                        + ". Write 0 where 0 is meant, the actual figure otherwise" + Wording.verdictEn("0", actual));
    }
}
