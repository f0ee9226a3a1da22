package io.gongkai.validation.rules;

import io.gongkai.events.UnreadableCell;

import java.util.List;

/**
 * {@code UNREADABLE_CELLS}: cells of a table that was found but that could not be read ({@code unreadableCells}:
 * figures run together that split several ways nothing settles, a row whose figures were lost), listed in form order
 * in one violation; the message names the first {@value Wording#NAMED} by label and says where and why for the
 * first. Expected {@code 0} unreadable cells, actual how many. The report's rules skip those cells: a figure that
 * cannot be read is not taken for 0.
 */
final class UnreadableCells implements Rule {

    @Override
    public RuleId id() {
        return RuleId.UNREADABLE_CELLS;
    }

    @Override
    public void check(Subject subject, Findings findings) {
        List<UnreadableCell> unreadable = subject.report().getUnreadableCells();
        if (unreadable.isEmpty()) {
            return;
        }
        List<String> cells = Wording.inFormOrder(unreadable.stream().map(UnreadableCell::getCell).toList(),
                subject.cells().layout());
        UnreadableCell first = unreadable.stream().filter(cell -> cell.getCell().equals(cells.get(0))).findFirst()
                .orElseThrow();
        String[] named = Wording.namedInPart(cells);
        String actual = Integer.toString(cells.size());
        findings.add(id(), List.copyOf(cells), "0", actual,
                cells.size() + " 个单元格无法读取，未计入：" + named[0] + "。如 " + first.getLocation() + "："
                        + first.getReason() + "。请核对原文并以表格形式重新发布" + Wording.verdictZh("0", actual),
                cells.size() + " cells could not be read and were left out: " + named[1] + ". E.g. "
                        + first.getLocation() + ": " + first.getReason()
                        + ". Check the original and publish the table legibly" + Wording.verdictEn("0", actual));
    }
}
