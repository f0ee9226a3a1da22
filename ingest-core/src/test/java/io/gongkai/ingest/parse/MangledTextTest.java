package io.gongkai.ingest.parse;

import io.gongkai.events.UnreadableCell;
import io.gongkai.ingest.rejection.Rejection;
import io.gongkai.schemas.cells.CellCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Seeds mangled at random (lines dropped, duplicated or cut, characters changed, the text truncated), in every
 * layout: the parser either reads a report with all the cells of its layout or rejects it, and never fails
 * otherwise. Seeded, so a failure can be replayed.
 */
class MangledTextTest {

    private static final int VARIANTS = 400;
    private static final String NOISE = "0123456789 \t|-—/一二三、（）.年件公开申请行政复议\n";

    private final ReportParser parser = new ReportParser();

    @Test
    void readOrRejectedNeverCrashed() {
        Random random = new Random(20240126);
        List<Samples.Seed> seeds = Samples.seeds();
        TableText.Style[] styles = TableText.Style.values();
        int read = 0;
        for (int v = 0; v < VARIANTS; v++) {
            Samples.Seed seed = seeds.get(random.nextInt(seeds.size()));
            String text = TableText.fromSeed(seed.text()).render(styles[random.nextInt(styles.length)]);
            String mangled = mangle(text, random);
            try {
                ParsedDocument report = parser.parse(mangled);
                assertWholeTables(report);
                read++;
            } catch (Rejection rejected) {
                assertThat(rejected.reason()).isNotNull();
                assertThat(rejected.detail()).isNotBlank();
            } catch (RuntimeException crash) {
                fail("variant " + v + " of seed " + seed.number() + " crashed the parser", crash);
            }
        }
        assertThat(read).as("most mangled reports are still read").isGreaterThan(VARIANTS / 4);
    }

    /**
     * Every §三 cell of the layout, and each of §二 and §四 whole or absent: a cell is either read or listed as
     * unreadable, never both, never neither.
     */
    private static void assertWholeTables(ParsedDocument report) {
        List<String> catalog = CellCatalog.cellIds(report.layout());
        List<String> unreadable = report.unreadableCells().stream().map(UnreadableCell::getCell).toList();
        assertThat(unreadable).doesNotHaveDuplicates().noneMatch(report.cells()::containsKey);
        for (String table : List.of("active.", "apply.", "review.|suitDirect.|suitAfterReview.")) {
            List<String> ids = catalog.stream().filter(id -> id.matches("^(" + table.replace(".", "\\.") + ").*"))
                    .toList();
            long present = ids.stream().filter(id -> report.cells().containsKey(id) || unreadable.contains(id))
                    .count();
            assertThat(present).as(table).isIn(table.equals("apply.") ? List.of((long) ids.size())
                    : List.of(0L, (long) ids.size()));
        }
        assertThat(report.cells().keySet()).allMatch(catalog::contains);
    }

    private static String mangle(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int change = 1 + random.nextInt(4); change > 0 && !lines.isEmpty(); change--) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(5)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                case 3 -> {
                    StringBuilder changed = new StringBuilder(line);
                    for (int c = 0; c < 3 && !changed.isEmpty(); c++) {
                        char noise = NOISE.charAt(random.nextInt(NOISE.length()));
                        changed.setCharAt(random.nextInt(changed.length()), noise);
                    }
                    lines.set(at, changed.toString());
                }
                default -> lines = new ArrayList<>(lines.subList(0, at));
            }
        }
        return String.join("\n", lines);
    }
}
