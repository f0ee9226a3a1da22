package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;
import io.gongkai.events.NarrativeFigures;
import io.gongkai.events.Scope;
import io.gongkai.events.Section;
import io.gongkai.events.UnreadableCell;
import io.gongkai.events.YearEvidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the parser read from a report's text, before region resolution and identity.
 *
 * @param title       the report's title as printed (first heading), whitespace collapsed
 * @param organ       the publishing organ as the report names it (title, 发布机构 line, or body), e.g. 杭州市拱墅区人民政府上塘街道办事处
 * @param publisher   the 发布机构 line's value, when the page has one
 * @param year        the year the report is on
 * @param yearEvidence where the year was read (title, 统计期限, prose)
 * @param layout      the official form the tables follow
 * @param scope       ORGAN, or AREA for a government's area-wide report (全区/全市/全县共收到…)
 * @param published   公开日期 / 发布时间 when the document states it
 * @param cells       every canonical cell of the layout (CellCatalog order): Integer counts, Double amounts
 * @param narrative   figures the prose of §一 states
 * @param sections    the sections found
 * @param blankCells  cell ids that were blank, "-", "—" or "/" and read as zero
 * @param unreadableCells cells of tables that were found but could not be read, with where and why: absent from
 *                    {@code cells}
 * @param prose       the prose of §一, §五 and §六, whitespace collapsed
 * @param warnings    what the parser had to assume, in words
 */
public record ParsedDocument(
        String title,
        String organ,
        String publisher,
        int year,
        YearEvidence yearEvidence,
        Layout layout,
        Scope scope,
        LocalDate published,
        Map<String, Number> cells,
        NarrativeFigures narrative,
        Set<Section> sections,
        List<String> blankCells,
        List<UnreadableCell> unreadableCells,
        String prose,
        List<String> warnings) {
}
