package io.gongkai.ingest.parse;

import io.gongkai.events.Layout;
import io.gongkai.events.NarrativeFigures;
import io.gongkai.events.RejectionReason;
import io.gongkai.events.Scope;
import io.gongkai.events.Section;
import io.gongkai.events.YearEvidence;
import io.gongkai.ingest.rejection.Rejection;
import io.gongkai.schemas.cells.CellCatalog;

import io.gongkai.events.UnreadableCell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text of a 政府信息公开工作年度报告 into a {@link ParsedDocument}, or rejects it.
 *
 * <p>The text may come as one cell per line (tab-indented, blank lines between rows, or a line each as crawlers
 * write a page's table), as rows of cells separated by tabs or {@code |}, as text extracted from a PDF (labels broken
 * over lines, numbers separated by spaces), with a table's cells run together ("…申请数量640020470"), or as one
 * line from title to signature (headings, labels and figures run together: {@link InlineHeadings}); in the 2021 or
 * the 2019 layout; with blank cells ("", "-", "—", "/": read as 0 and listed), blank cells or whole blank rows a
 * crawler dropped, full-width digits, odd spaces, newlines inside cells, missing label cells, label typos and
 * headings numbered "5、" or "（3）". Rows are found by their labels and their order, and cells by their count;
 * digits run together are split by the form's arithmetic (row totals, the column balance and the sum of results).
 * A row that is not in the text, or only its label, reads as zeros, listed as blank, with a warning; in §三 only
 * where the form's arithmetic still holds. <b>What stays ambiguous is left unread, never guessed</b>: the cell is
 * absent and listed in {@link ParsedDocument#unreadableCells()} with its row and the readings, because a total
 * resting on a misread cell is worse than no total; every cell that can be read is still read.
 *
 * <p>Rejections: {@code NOT_A_REPORT} (no report title, sections or tables, e.g. a news article),
 * {@code LAYOUT_PRE_2019} (a free-form report without the form's tables, as written up to 2018), {@code
 * TABLE_MISSING} (no §三 table; location "§三 …"), {@code UNREADABLE} (a §三 table too little of which can be told,
 * no year, or no organ), {@code TOO_LARGE} (more than {@value #MAX_CHARS} characters). A report without its §二 or
 * §四 table is parsed without those cells, unless the prose says there were no reconsiderations or lawsuits: then
 * the §四 cells are zeros and a warning says so.
 *
 * <p>Thread-safe and reusable: the parser holds no state between calls.
 */
public final class ReportParser {

    /** The longest text read, in characters: real reports are tens of kilobytes. */
    public static final int MAX_CHARS = 2_000_000;

    private static final String[] FREE_FORM_HEADINGS = {"概述", "依申请公开政府信息", "收费及减免", "因政府信息公开申请行政复议",
            "提起行政诉讼", "存在的主要问题及改进措施"};
    private static final int LAST_FREE_FORM_YEAR = 2018;
    private static final int FIRST_FORM_YEAR = 2019;
    private static final int LONGEST_HEADING = 40;
    private static final int BARE_TABLE_ROWS = 8;
    private static final CellSources CELLS_2021 = CellSources.of(Layout.LAYOUT_2021);
    private static final CellSources CELLS_2019 = CellSources.of(Layout.LAYOUT_2019);

    private final TextNormaliser normaliser = new TextNormaliser();
    private final SectionLocator locator = new SectionLocator();
    private final HeaderReader headerReader = new HeaderReader();
    private final ProseReader proseReader = new ProseReader();
    private final TableRowReader rowReader = new TableRowReader();
    private final LayoutDetector layoutDetector = new LayoutDetector();
    private final FormTableReader tableReader = new FormTableReader();

    /**
     * @param text the report as text (see the class comment for the layouts read)
     * @return every canonical cell of the report's layout (except absent §二/§四 tables) and what the text says
     * @throws Rejection when the text is not a readable report, with a reason, a detail and a location
     */
    public ParsedDocument parse(String text) throws Rejection {
        return parse(text, null, null);
    }

    /**
     * @param text           the report as text (see the class comment for the layouts read)
     * @param knownTitle     the title as the document's envelope gives it (a crawler's 标题, a scraper record's
     *                       title field), used where the text has no title line of its own; or null
     * @param knownPublished the publication date the envelope gives, used where the text states none; or null
     * @return every canonical cell of the report's layout (except absent §二/§四 tables) and what the text says
     * @throws Rejection when the text is not a readable report, with a reason, a detail and a location
     */
    public ParsedDocument parse(String text, String knownTitle, LocalDate knownPublished) throws Rejection {
        if (text == null || text.isBlank()) {
            if (HeaderReader.namesAnnualReport(knownTitle)) {
                throw new Rejection(RejectionReason.TABLE_MISSING, "the document holds no report text, only the title "
                        + "\"" + knownTitle.strip() + "\" around it: the scraper missed the report", null);
            }
            throw new Rejection(RejectionReason.NOT_A_REPORT, "the document has no text" + (knownTitle == null ? ""
                    : "; the title around it, \"" + knownTitle.strip() + "\", names no 政府信息公开 annual report"), null);
        }
        if (text.length() > MAX_CHARS) {
            throw new Rejection(RejectionReason.TOO_LARGE, "the text has " + text.length() + " characters; at most "
                    + MAX_CHARS + " are read", null);
        }
        String normalised = InlineHeadings.separate(normaliser.normalise(text));
        String[] lines = normalised.split("\n", -1);
        ParseNotes notes = new ParseNotes();
        ReportSections sections = locator.locate(lines, notes);
        int preambleEnd = sections.firstBoundary();
        HeaderReader.Header header = headerReader.read(normalised, lines, preambleEnd, knownTitle, knownPublished);
        String preamble = join(lines, 0, preambleEnd);
        String overview = sections.has(Section.OVERVIEW) ? body(lines, sections, Section.OVERVIEW) : preamble;

        List<TableRecord> applicationRecords = records(lines, sections, Section.APPLICATIONS);
        if (!hasTable(applicationRecords)) {
            throw withoutApplications(header, sections, lines, preamble);
        }
        Integer statisticsYear = proseReader.statisticsYear(preamble, overview);
        List<Integer> proseYears = proseReader.proseYears(overview);
        int year = year(header, statisticsYear, proseYears, notes);
        List<TableRecord> activeRecords = records(lines, sections, Section.ACTIVE);
        Layout layout = layoutDetector.detect(words(activeRecords, applicationRecords), year, notes);

        EnumSet<Section> found = EnumSet.noneOf(Section.class);
        for (Section section : Section.values()) {
            if (sections.has(section)) {
                found.add(section);
            }
        }
        TableRead applications = tableReader.read(FormTables.applications(layout), applicationRecords, notes);
        TableRead active = readActive(activeRecords, layout, notes);
        TableRead litigation = readLitigation(lines, sections, applications, overview, found, notes);
        List<String> blankCells = new ArrayList<>();
        List<UnreadableCell> unreadable = new ArrayList<>();
        Map<String, Number> cells = cells(layout, active, applications, litigation, blankCells, unreadable);
        if (unreadable.stream().filter(cell -> cell.getCell().startsWith("apply.")).count()
                == CellCatalog.applicationRows(layout).size() * CellCatalog.APPLICANT_COLUMNS.size()) {
            throw new Rejection(RejectionReason.UNREADABLE, SectionNames.of(Section.APPLICATIONS)
                    + ": no cell of the table could be read (" + unreadable.get(0).getReason() + ")",
                    SectionNames.mark(Section.APPLICATIONS));
        }
        String organ = header.organ() != null ? header.organ()
                : header.publisher() != null ? header.publisher() : proseReader.organ(overview);
        if (organ == null) {
            throw new Rejection(RejectionReason.UNREADABLE, "the organ that published the report is named nowhere: "
                    + "not in a title, a 发布机构 line or the prose of §一", null);
        }
        NarrativeFigures narrative = proseReader.narrative(overview);
        Scope scope = proseReader.scope(organ, overview);
        YearEvidence yearEvidence = new YearEvidence(header.titleYear(), statisticsYear, proseYears);
        String prose = prose(overview, lines, sections);
        return new ParsedDocument(header.title(), organ, header.publisher(), year, yearEvidence, layout, scope,
                header.published(), cells, narrative, Collections.unmodifiableSet(found),
                List.copyOf(blankCells), List.copyOf(unreadable), prose, notes.warnings());
    }

    private List<TableRecord> records(String[] lines, ReportSections sections, Section section) {
        if (!sections.has(section)) {
            return List.of();
        }
        return rowReader.read(lines, sections.start(section), sections.end(section));
    }

    private TableRead readActive(List<TableRecord> records, Layout layout, ParseNotes notes) {
        if (!hasValues(records)) {
            notes.warn(SectionNames.of(Section.ACTIVE) + ": no table found; its cells are absent");
            return null;
        }
        return readOrDegrade(FormTables.active(layout), records, notes);
    }

    /** §二 or §四 as far as it can be read: a table that cannot be read at all leaves its cells unreadable. */
    private TableRead readOrDegrade(FormTable form, List<TableRecord> records, ParseNotes notes) {
        try {
            return tableReader.read(form, records, notes);
        } catch (Rejection unreadable) {
            notes.warn(unreadable.detail() + "; its cells are left unread");
            TableRead read = TableRead.zeros(form);
            Arrays.fill(read.unreadable(), new TableRead.Unreadable(form.name(), unreadable.detail()));
            return read;
        }
    }

    /**
     * §四 from its section; else from figures after §三 when its heading is missing (then the section counts as
     * found); else zeros when the prose says there were no cases; else absent.
     */
    private TableRead readLitigation(String[] lines, ReportSections sections, TableRead applications,
                                     String overview, Set<Section> found, ParseNotes notes) {
        List<TableRecord> records = records(lines, sections, Section.REVIEWS_AND_SUITS);
        if (hasValues(records)) {
            return readOrDegrade(FormTables.litigation(), records, notes);
        }
        String name = SectionNames.of(Section.REVIEWS_AND_SUITS);
        if (!sections.has(Section.REVIEWS_AND_SUITS) && hasValues(applications.trailing())) {
            try {
                TableRead read = tableReader.read(FormTables.litigation(), applications.trailing(), notes);
                notes.warn(name + ": the heading was not found; the table after §三 was read as §四");
                found.add(Section.REVIEWS_AND_SUITS);
                return read;
            } catch (Rejection notTheTable) {
                notes.warn(name + ": the figures after §三 could not be read as §四 (" + notTheTable.detail() + ")");
            }
        }
        String said = join(lines, sections, Section.REVIEWS_AND_SUITS) + "\n" + overview;
        if (proseReader.saysNoCases(said)) {
            notes.warn(name + ": no table found; the prose says there were no reconsiderations or lawsuits, so its "
                    + "cells were taken from the prose as 0");
            return TableRead.zeros(FormTables.litigation());
        }
        notes.warn(name + ": no table found; its cells are absent");
        return null;
    }

    /**
     * Why a text without a §三 table is rejected: NOT_A_REPORT unless its title names an annual disclosure report or
     * it has two of the form's section headings; LAYOUT_PRE_2019 for a report on 2018 or earlier (by its title's
     * year, else its statistics period), or a free-form one (its own headings: 概述, 依申请公开政府信息情况 …) on 2019
     * without the form's §三 heading; TABLE_MISSING otherwise.
     */
    private Rejection withoutApplications(HeaderReader.Header header, ReportSections sections, String[] lines,
                                          String preamble) {
        boolean titled = HeaderReader.namesAnnualReport(header.title());
        if (!titled && sections.headingsFound() < 2) {
            return new Rejection(RejectionReason.NOT_A_REPORT,
                    "no report title, sections or tables of a 政府信息公开工作年度报告 were found", null);
        }
        Integer year = header.titleYear() != null ? header.titleYear() : proseReader.statisticsYear(preamble);
        boolean freeForm = !sections.has(Section.APPLICATIONS) && freeFormHeadings(lines) > 0;
        if (year != null && year <= LAST_FREE_FORM_YEAR || freeForm && (year == null || year <= FIRST_FORM_YEAR)) {
            return new Rejection(RejectionReason.LAYOUT_PRE_2019, "a free-form report"
                    + (year != null ? " on " + year : "")
                    + " without the tables of the 2019 or 2021 form (国办公开办函〔2019〕60号 / 〔2021〕30号)", null);
        }
        String name = SectionNames.of(Section.APPLICATIONS);
        String where = sections.has(Section.APPLICATIONS) ? "the section has no table"
                : "neither its heading nor its table was found";
        return new Rejection(RejectionReason.TABLE_MISSING, name + ": the table of applications was not found ("
                + where + ")", name);
    }

    /** How many of the free-form report's own headings stand at the start of a line or after an ordinal (三、). */
    private static int freeFormHeadings(String[] lines) {
        int found = 0;
        for (String line : lines) {
            for (String heading : FREE_FORM_HEADINGS) {
                for (int at = line.indexOf(heading); at >= 0; at = line.indexOf(heading, at + 1)) {
                    if (at == 0 || "、）) ".indexOf(line.charAt(at - 1)) >= 0 && at < LONGEST_HEADING
                            || line.charAt(at - 1) == '、') {
                        found++;
                    }
                }
            }
        }
        return found;
    }

    private static int year(HeaderReader.Header header, Integer statisticsYear, List<Integer> proseYears,
                            ParseNotes notes) throws Rejection {
        if (header.titleYear() != null) {
            return header.titleYear();
        }
        if (statisticsYear != null) {
            notes.warn("the title states no year; the year " + statisticsYear
                    + " was taken from the statistics period");
            return statisticsYear;
        }
        if (!proseYears.isEmpty()) {
            notes.warn("the title states no year; the year " + proseYears.get(0) + " was taken from the prose of §一");
            return proseYears.get(0);
        }
        if (header.published() != null) {
            int year = header.published().getYear() - 1;
            notes.warn("the report states no year; " + year + " was taken as the year before its publication");
            return year;
        }
        throw new Rejection(RejectionReason.UNREADABLE, "the report's year is stated nowhere: not in the title, "
                + "the statistics period, the prose or a publication date", null);
    }

    /**
     * The report's cells from its tables, in the catalog's order: a cell that could not be read is left out and
     * listed in {@code unreadable}, as is a count cell whose figure is not a whole number.
     */
    private static Map<String, Number> cells(Layout layout, TableRead active, TableRead applications,
                                             TableRead litigation, List<String> blankCells,
                                             List<UnreadableCell> unreadable) {
        CellSources sources = layout == Layout.LAYOUT_2019 ? CELLS_2019 : CELLS_2021;
        Number[] values = new Number[sources.ids().size()];
        TableRead[] tables = {active, applications, litigation};
        for (int i = 0; i < values.length; i++) {
            TableRead table = tables[sources.table()[i]];
            if (table == null) {
                continue;
            }
            String id = sources.ids().get(i);
            int slot = sources.slot()[i];
            double value = table.values()[slot];
            TableRead.Unreadable lost = table.unreadable()[slot];
            if (lost != null) {
                unreadable.add(new UnreadableCell(id, lost.location(), lost.reason()));
                continue;
            }
            if (CellCatalog.isAmount(id)) {
                values[i] = value;
            } else if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
                values[i] = (int) value;
            } else {
                unreadable.add(new UnreadableCell(id, CellCatalog.label(id), "reads " + Reading.format(value)
                        + ", which is not a count"));
                continue;
            }
            if (table.blank()[slot]) {
                blankCells.add(id);
            }
        }
        return new CellMap(sources.ids(), sources.positions(), values);
    }

    /**
     * Where each cell of a layout's catalog is read: which of the tables §二, §三, §四 (0, 1, 2) and which slot of it;
     * worked out once per layout.
     *
     * @param ids       the layout's cell ids in the catalog's order
     * @param positions each id's position in {@code ids}
     * @param table     by position, the cell's table
     * @param slot      by position, the cell's slot in its table
     */
    private record CellSources(List<String> ids, Map<String, Integer> positions, int[] table, int[] slot) {

        static CellSources of(Layout layout) {
            FormTable[] tables = {FormTables.active(layout), FormTables.applications(layout), FormTables.litigation()};
            List<String> ids = CellCatalog.cellIds(layout);
            Map<String, Integer> positions = new HashMap<>();
            int[] table = new int[ids.size()];
            int[] slot = new int[ids.size()];
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                positions.put(id, i);
                table[i] = id.startsWith("active.") ? 0 : id.startsWith("apply.") ? 1 : 2;
                slot[i] = tables[table[i]].slot(id);
            }
            return new CellSources(List.copyOf(ids), Map.copyOf(positions), table, slot);
        }
    }

    /** §一 (given, already read), §五 and §六, each run of whitespace (and each break between them) one space. */
    private static String prose(String overview, String[] lines, ReportSections sections) {
        List<String> parts = new ArrayList<>();
        for (Section section : List.of(Section.OVERVIEW, Section.PROBLEMS, Section.OTHER_MATTERS)) {
            if (!sections.has(section)) {
                continue;
            }
            if (section == Section.OVERVIEW) {
                parts.add(overview);
            } else {
                parts.add(sections.tail()[section.ordinal()]);
                parts.addAll(Arrays.asList(lines).subList(sections.start(section), sections.end(section)));
            }
        }
        return Whitespace.collapse(parts);
    }

    /** The letters of the tables' labels, one table after the other: what the layout is told by. */
    @SafeVarargs
    private static String words(List<TableRecord>... tables) {
        int length = 0;
        for (List<TableRecord> records : tables) {
            for (TableRecord record : records) {
                length += record.carriedWords().length() + record.ownWords().length();
            }
        }
        StringBuilder words = new StringBuilder(length);
        for (List<TableRecord> records : tables) {
            for (TableRecord record : records) {
                words.append(record.carriedWords()).append(record.ownWords());
            }
        }
        return words.toString();
    }

    private static String body(String[] lines, ReportSections sections, Section section) {
        String tail = sections.tail()[section.ordinal()];
        String body = join(lines, sections.start(section), sections.end(section));
        return tail.isEmpty() ? body : tail + "\n" + body;
    }

    private static String join(String[] lines, ReportSections sections, Section section) {
        return sections.has(section) ? join(lines, sections.start(section), sections.end(section)) : "";
    }

    private static String join(String[] lines, int from, int to) {
        return String.join("\n", Arrays.asList(lines).subList(from, Math.max(from, to)));
    }

    /**
     * Whether the records make a table: some hold figures, or at least {@value #BARE_TABLE_ROWS} are rows left blank
     * (a table whose every cell was empty, which a crawler delivered as its labels alone).
     */
    private static boolean hasTable(List<TableRecord> records) {
        return hasValues(records) || records.size() >= BARE_TABLE_ROWS;
    }

    private static boolean hasValues(List<TableRecord> records) {
        for (TableRecord record : records) {
            if (record.hasWritten()) {
                return true;
            }
        }
        return false;
    }
}
