package io.gongkai.validation.rules;

import java.util.List;

/**
 * {@code BLANK_CELLS}: the cells left blank or written "-", "—" or "/" that were read as zero ({@code blankCells}),
 * listed in form order in one violation; the message names the first {@value Wording#NAMED} by label. Expected
 * {@code 0} blank cells, actual how many.
 */
final class BlankCells implements Rule {

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
        List<String> cells = Wording.inFormOrder(blank, subject.cells().layout());
        String[] named = Wording.namedInPart(cells);
        String actual = Integer.toString(cells.size());
        findings.add(id(), List.copyOf(cells), "0", actual,
                cells.size() + " 个单元格为空白或填写“-”“—”“/”，已按 0 计算：" + named[0]
                        + "。确为 0 的请填写 0，否则请填写实际数字" + Wording.verdictZh("0", actual),
                cells.size() + " cells were left blank or written \"-\", \"—\" or \"/\" and were read as 0: " + named[1]
                        + ". Write 0 where 0 is meant, the actual figure otherwise" + Wording.verdictEn("0", actual));
    }
}
