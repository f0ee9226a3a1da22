package io.gongkai.validation.rules;

import io.gongkai.events.Layout;
import io.gongkai.events.ParsedReport;
import io.gongkai.schemas.cells.CellCatalog;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every integer cell of both layouts under one index, and the way to each in a {@link ParsedReport}, worked out
 * once from the schema so that reading a report is a walk of field positions. Amounts ({@link CellCatalog#isAmount})
 * are left out: no rule reads them.
 */
final class CellIndex {

    private static final Layout[] LAYOUTS = Layout.values();
    private static final List<String> IDS;
    private static final Map<String, Integer> INDEX_OF = new HashMap<>();
    /** Per layout: the cell indices it carries, their field-position paths and the record type met at each step. */
    private static final int[][] CELLS_BY_LAYOUT = new int[LAYOUTS.length][];
    private static final int[][][] PATHS_BY_LAYOUT = new int[LAYOUTS.length][][];
    private static final Class<?>[][][] TYPES_BY_LAYOUT = new Class<?>[LAYOUTS.length][][];
    /** Per layout: a cell id's position in that layout's form order, over every cell id (amounts included). */
    private static final List<Map<String, Integer>> FORM_POSITIONS = new ArrayList<>();

    static {
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Layout layout : LAYOUTS) {
            for (String id : CellCatalog.cellIds(layout)) {
                if (!CellCatalog.isAmount(id)) {
                    ids.putIfAbsent(id, ids.size());
                }
            }
        }
        IDS = List.copyOf(ids.keySet());
        INDEX_OF.putAll(ids);
        for (Layout layout : LAYOUTS) {
            List<String> layoutIds = CellCatalog.cellIds(layout);
            Map<String, Integer> positions = new HashMap<>();
            layoutIds.forEach(id -> positions.put(id, positions.size()));
            FORM_POSITIONS.add(Map.copyOf(positions));
            List<String> counts = layoutIds.stream().filter(id -> !CellCatalog.isAmount(id)).toList();
            int[] cells = new int[counts.size()];
            int[][] paths = new int[counts.size()][];
            Class<?>[][] types = new Class<?>[counts.size()][];
            for (int i = 0; i < counts.size(); i++) {
                cells[i] = ids.get(counts.get(i));
                String[] fields = fieldPath(counts.get(i), layout);
                paths[i] = new int[fields.length];
                types[i] = new Class<?>[fields.length];
                walk(fields, paths[i], types[i]);
            }
            CELLS_BY_LAYOUT[layout.ordinal()] = cells;
            PATHS_BY_LAYOUT[layout.ordinal()] = paths;
            TYPES_BY_LAYOUT[layout.ordinal()] = types;
        }
    }

    private CellIndex() {
    }

    /** How many cells the index holds: the size of a {@link CellSheet}. */
    static int size() {
        return IDS.size();
    }

    /** The index of an integer cell of either layout. */
    static int of(String cellId) {
        Integer index = INDEX_OF.get(cellId);
        if (index == null) {
            throw new IllegalArgumentException("not an integer cell of either layout: " + cellId);
        }
        return index;
    }

    /** The indices of {@code cellIds}, in order. */
    static int[] of(List<String> cellIds) {
        return cellIds.stream().mapToInt(CellIndex::of).toArray();
    }

    static String id(int index) {
        return IDS.get(index);
    }

    /** The integer cells of the layout, in form order. */
    static int[] cells(Layout layout) {
        return CELLS_BY_LAYOUT[layout.ordinal()].clone();
    }

    /** Where the cell stands in the layout's form order; after every cell of the layout when it is not one. */
    static int formPosition(Layout layout, String cellId) {
        return FORM_POSITIONS.get(layout.ordinal()).getOrDefault(cellId, Integer.MAX_VALUE);
    }

    /** The integer cells of {@code report}; those of a missing section are absent. */
    static CellSheet read(ParsedReport report) {
        Layout layout = report.getLayout();
        int[] cells = CELLS_BY_LAYOUT[layout.ordinal()];
        int[][] paths = PATHS_BY_LAYOUT[layout.ordinal()];
        Class<?>[][] types = TYPES_BY_LAYOUT[layout.ordinal()];
        long[] values = new long[IDS.size()];
        boolean[] present = new boolean[IDS.size()];
        for (int i = 0; i < cells.length; i++) {
            Object value = report;
            int[] path = paths[i];
            Class<?>[] stepTypes = types[i];
            for (int step = 0; step < path.length && value != null; step++) {
                value = stepTypes[step].isInstance(value) ? ((IndexedRecord) value).get(path[step]) : null;
            }
            if (value != null) {
                values[cells[i]] = ((Number) value).longValue();
                present[cells[i]] = true;
            }
        }
        return new CellSheet(layout, values, present);
    }

    /** The ParsedReport field names leading to a cell, as {@code ReportCells} maps them. */
    private static String[] fieldPath(String cellId, Layout layout) {
        List<String> parts = new ArrayList<>(Arrays.asList(cellId.split("\\.")));
        switch (parts.get(0)) {
            case "apply" -> parts.set(0, "applications");
            case "active" -> parts.set(0, layout == Layout.LAYOUT_2019 ? "active2019" : "active2021");
            default -> parts.add(0, "reviewsAndSuits");
        }
        return parts.toArray(String[]::new);
    }

    /** Fills the field positions of {@code fields} and the generated record class each step reads from. */
    private static void walk(String[] fields, int[] positions, Class<?>[] types) {
        Schema schema = ParsedReport.getClassSchema();
        for (int step = 0; step < fields.length; step++) {
            types[step] = generatedClass(schema);
            Schema.Field field = schema.getField(fields[step]);
            if (field == null) {
                throw new IllegalStateException("no field " + fields[step] + " in " + schema.getFullName());
            }
            positions[step] = field.pos();
            if (step + 1 < fields.length) {
                schema = recordHolding(field.schema(), fields[step + 1]);
            }
        }
    }

    /** The record schema, or the record branch of a union, that has {@code field}. */
    private static Schema recordHolding(Schema schema, String field) {
        List<Schema> candidates = schema.getType() == Schema.Type.UNION ? schema.getTypes() : List.of(schema);
        return candidates.stream()
                .filter(candidate -> candidate.getType() == Schema.Type.RECORD && candidate.getField(field) != null)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no record with field " + field + " in " + schema));
    }

    private static Class<?> generatedClass(Schema schema) {
        try {
            return Class.forName(schema.getFullName(), false, CellIndex.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no generated class for " + schema.getFullName(), e);
        }
    }
}
