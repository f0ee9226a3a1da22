package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;
import io.gongkai.events.UnreadableCell;
import io.gongkai.ingest.rejection.Rejection;
import io.gongkai.schemas.cells.CellCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Figures run together are never misread: random §三 tables that balance, written on one line with every cell's
 * figures fused to the next (as crawlers strip a page), are parsed; every cell the parser reads equals the figure
 * written, and every cell it does not read is listed as unreadable. Most cells must still be read.
 */
class FusedFiguresPropertyTest {

    private static final int TABLES = 150;
    private static final List<String> COLUMNS = CellCatalog.APPLICANT_COLUMNS.subList(0, 6);

    private final ReportParser parser = new ReportParser();

    @Test
    void aFigureReadIsTheFigureWrittenAndAFigureNotReadIsListed() throws Rejection {
        int[] unread = readFused(false);
        assertThat(unread[0]).as("cells left unread of %d", unread[1]).isLessThan(unread[1] / 100);
    }

    /**
     * The same with every zero of §三 left blank and dropped, as crawlers deliver tables whose empty cells they
     * skipped ("一、本年新收政府信息公开申请数量22"): which applicant column a lone figure stood in may not be told, but
     * what is read is right, and the totals are read.
     */
    @Test
    void withBlankCellsDroppedWhatIsReadIsStillRight() throws Rejection {
        int[] unread = readFused(true);
        assertThat(unread[2]).as("totals left unread").isLessThan(unread[3] / 20);
    }

    /**
     * Parses {@value #TABLES} random tables; asserts every cell read is right and every other one listed.
     *
     * @return cells unread, cells, totals unread, totals
     */
    private int[] readFused(boolean dropZeros) throws Rejection {
        Random random = new Random(20261206);
        TableText seed = TableText.fromSeed(Samples.seed("000").text());
        int cells = 0;
        int unread = 0;
        int totals = 0;
        int totalsUnread = 0;
        for (int t = 0; t < TABLES; t++) {
            Map<String, Number> written = balancedTable(random, Samples.seed("000").cells());
            Map<String, String> text0 = SeedLayoutsTest.written(written);
            if (dropZeros) {
                text0.replaceAll((id, value) -> id.startsWith("apply.") && value.equals("0") ? "" : value);
            }
            String text = TableText.fromCells(seed.before(), text0, Layout.LAYOUT_2021, seed.after()).oneLine("");

            ParsedDocument report = parser.parse(text);

            List<String> unreadable = report.unreadableCells().stream().map(UnreadableCell::getCell).toList();
            for (String id : CellCatalog.cellIds(Layout.LAYOUT_2021)) {
                if (!id.startsWith("apply.")) {
                    continue;
                }
                cells++;
                totals += id.endsWith(".total") ? 1 : 0;
                if (report.cells().containsKey(id)) {
                    assertThat(report.cells().get(id)).as("table %d, %s", t, id).isEqualTo(written.get(id));
                } else {
                    assertThat(unreadable).as("table %d: %s neither read nor listed", t, id).contains(id);
                    unread++;
                    totalsUnread += id.endsWith(".total") ? 1 : 0;
                }
            }
        }
        return new int[] {unread, cells, totalsUnread, totals};
    }

    /**
     * The seed's cells with §三 replaced by a random table that balances: a few applicant columns in use, figures
     * mostly small, each column's applications spread over a few result rows, some carried over and forward.
     */
    private static Map<String, Number> balancedTable(Random random, Map<String, Number> seedCells) {
        Map<String, Number> cells = new LinkedHashMap<>(seedCells);
        cells.replaceAll((id, value) -> id.startsWith("apply.") ? 0 : value);
        List<String> results = CellCatalog.resultRows(Layout.LAYOUT_2021);
        int[] totals = new int[CellCatalog.applicationRows(Layout.LAYOUT_2021).size()];
        List<String> rows = CellCatalog.applicationRows(Layout.LAYOUT_2021);
        for (String column : COLUMNS) {
            if (!column.equals("naturalPerson") && random.nextInt(3) > 0) {
                continue;
            }
            int received = figure(random);
            int carriedOver = random.nextInt(4) == 0 ? random.nextInt(5) : 0;
            int carriedForward = random.nextInt(4) == 0 ? random.nextInt(received + carriedOver + 1) : 0;
            int handled = received + carriedOver - carriedForward;
            Map<String, Integer> column0 = new LinkedHashMap<>();
            int left = handled;
            List<String> used = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                used.add(results.get(random.nextInt(results.size())));
            }
            for (int k = 0; k < used.size(); k++) {
                int share = k == used.size() - 1 ? left : random.nextInt(left + 1);
                column0.merge(used.get(k), share, Integer::sum);
                left -= share;
            }
            column0.put("received", received);
            column0.put("carriedOver", carriedOver);
            column0.put("handledTotal", handled);
            column0.put("carriedForward", carriedForward);
            column0.forEach((row, value) -> {
                cells.put("apply." + row + "." + column, value);
                totals[rows.indexOf(row)] += value;
            });
        }
        for (int r = 0; r < rows.size(); r++) {
            cells.put("apply." + rows.get(r) + ".total", totals[r]);
        }
        return cells;
    }

    /** Mostly under 30, sometimes in the hundreds. */
    private static int figure(Random random) {
        return random.nextInt(5) == 0 ? random.nextInt(400) : random.nextInt(30);
    }
}
