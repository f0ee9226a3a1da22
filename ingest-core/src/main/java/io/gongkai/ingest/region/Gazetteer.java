package io.gongkai.ingest.region;

import io.gongkai.events.RegionLevel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * China's divisions 2016–2023 (国家统计局 统计用区划代码, via china-division), answering for one year at a time:
 * which row a code had that year, its parent, its children. Immutable once read.
 */
final class Gazetteer {

    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2023;

    private static final Division[] NONE = new Division[0];

    private final List<Division> rows;
    private final Map<String, Division[]> rowsByCode;
    private final Map<String, Division[]> rowsByParent;
    /** Code → its ancestors' codes, nearest first; a code has one parent in every year, so this is year-free. */
    private final Map<String, String[]> ancestorCodes;
    /** Township rows of every year sorted by {@link PlaceNames#townshipStem}, for prefix searches. */
    private final Division[] townshipsByStem;
    private final String[] townshipStems;

    private Gazetteer(List<Division> rows) {
        this.rows = List.copyOf(rows);
        this.rowsByCode = groupBy(rows, Division::code);
        this.rowsByParent = groupBy(rows, Division::parentCode);
        this.ancestorCodes = new HashMap<>(rowsByCode.size() * 2);
        for (String code : rowsByCode.keySet()) {
            List<String> ancestors = new ArrayList<>(4);
            for (Division[] up = rowsByCode.get(code); up != null && !up[0].parentCode().isEmpty(); up = rowsByCode.get(up[0].parentCode())) {
                ancestors.add(up[0].parentCode());
            }
            ancestorCodes.put(code, ancestors.toArray(String[]::new));
        }
        record Stemmed(String stem, Division township) {
        }
        Stemmed[] stemmed = rows.stream()
                .filter(row -> row.level() == RegionLevel.TOWNSHIP)
                .map(row -> new Stemmed(PlaceNames.townshipStem(row.name()), row))
                .sorted(Comparator.comparing(Stemmed::stem))
                .toArray(Stemmed[]::new);
        this.townshipStems = Arrays.stream(stemmed).map(Stemmed::stem).toArray(String[]::new);
        this.townshipsByStem = Arrays.stream(stemmed).map(Stemmed::township).toArray(Division[]::new);
    }

    /** Reads the gzip'd TSV {@code code parent level name first last} (first line a # header). */
    static Gazetteer read(InputStream gzip) throws IOException {
        List<Division> rows = new ArrayList<>(60_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzip), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] field = line.split("\t", -1);
                if (field.length != 6) {
                    throw new IOException("gazetteer line has " + field.length + " fields, not 6: " + line);
                }
                rows.add(new Division(field[0], field[1], RegionLevel.values()[Integer.parseInt(field[2])], field[3],
                        Integer.parseInt(field[4]), Integer.parseInt(field[5])));
            }
        }
        return new Gazetteer(rows);
    }

    /** The gazetteer year for a report's year: 2024 onwards read as 2023, before 2016 as 2016. */
    static int yearFor(int reportYear) {
        return Math.max(FIRST_YEAR, Math.min(LAST_YEAR, reportYear));
    }

    List<Division> rows() {
        return rows;
    }

    /** The code's row valid in {@code year}, or null when the code did not exist then. */
    Division at(String code, int year) {
        for (Division row : rowsByCode.getOrDefault(code, NONE)) {
            if (row.validIn(year)) {
                return row;
            }
        }
        return null;
    }

    /** The code's row valid in {@code year}, else its row nearest in time; null for an unknown code. */
    Division nearest(String code, int year) {
        Division nearest = null;
        for (Division row : rowsByCode.getOrDefault(code, NONE)) {
            if (nearest == null || row.yearsFrom(year) < nearest.yearsFrom(year)) {
                nearest = row;
            }
        }
        return nearest;
    }

    /** The first year the code appears in. */
    int firstYearOf(String code) {
        return Arrays.stream(rowsByCode.get(code)).mapToInt(Division::firstYear).min().orElseThrow();
    }

    Division parentOf(Division division, int year) {
        return division.parentCode().isEmpty() ? null : nearest(division.parentCode(), year);
    }

    /** True when {@code ancestor} is {@code division} or lies above it. */
    boolean contains(Division ancestor, Division division) {
        if (ancestor.code().equals(division.code())) {
            return true;
        }
        for (String code : ancestorCodes.get(division.code())) {
            if (code.equals(ancestor.code())) {
                return true;
            }
        }
        return false;
    }

    /** True when one of the two contains the other. */
    boolean related(Division a, Division b) {
        return a.level().compareTo(b.level()) <= 0 ? contains(a, b) : contains(b, a);
    }

    /** The division and its ancestors in {@code year}, the division first, placeholders (市辖区…) included. */
    List<Division> lineage(Division division, int year) {
        List<Division> lineage = new ArrayList<>(5);
        for (Division row = division; row != null; row = parentOf(row, year)) {
            lineage.add(row);
        }
        return lineage;
    }

    /** Province down to the division in {@code year}, without placeholders: 北京市 → 东城区, not 北京市 → 市辖区 → 东城区. */
    List<Division> path(Division division, int year) {
        List<Division> path = new ArrayList<>(lineage(division, year));
        path.removeIf(Division::isPlaceholder);
        Collections.reverse(path);
        return path;
    }

    /** The townships valid in {@code year} anywhere below {@code area}. */
    List<Division> townshipsWithin(Division area, int year) {
        List<Division> townships = new ArrayList<>();
        for (Division child : rowsByParent.getOrDefault(area.code(), NONE)) {
            if (!child.validIn(year)) {
                continue;
            }
            if (child.level() == RegionLevel.TOWNSHIP) {
                townships.add(child);
            } else {
                townships.addAll(townshipsWithin(child, year));
            }
        }
        return townships;
    }

    /** The townships valid in {@code year} whose stem (name without 镇/乡/街道…) starts with {@code prefix}. */
    List<Division> townshipsWithStemPrefix(String prefix, int year) {
        Map<String, Division> byCode = new LinkedHashMap<>();
        for (int i = firstStemNotBefore(prefix); i < townshipStems.length && townshipStems[i].startsWith(prefix); i++) {
            if (townshipsByStem[i].validIn(year)) {
                byCode.putIfAbsent(townshipsByStem[i].code(), townshipsByStem[i]);
            }
        }
        return List.copyOf(byCode.values());
    }

    private int firstStemNotBefore(String prefix) {
        int low = 0;
        int high = townshipStems.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (townshipStems[middle].compareTo(prefix) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static Map<String, Division[]> groupBy(List<Division> rows, Function<Division, String> key) {
        Map<String, List<Division>> lists = new HashMap<>();
        for (Division row : rows) {
            lists.computeIfAbsent(key.apply(row), k -> new ArrayList<>(2)).add(row);
        }
        Map<String, Division[]> arrays = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> arrays.put(k, v.toArray(NONE)));
        return arrays;
    }
}
