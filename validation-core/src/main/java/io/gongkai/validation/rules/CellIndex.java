package io.gongkai.validation.rules;

import io.gongkai.events.Layout;
import io.gongkai.events.ParsedReport;
import io.gongkai.schemas.cells.CellCatalog;
import io.gongkai.schemas.cells.ReportCells;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every integer cell of both layouts under one index, and the way to each in a {@link ParsedReport}, worked out
 * once from the schema as a tree of field positions so that reading a report visits each record once. Amounts
 * ({@link CellCatalog#isAmount}) are left out: no rule reads them.
 */
final class CellIndex {

    private static final Layout[] LAYOUTS = Layout.values();
    private static final List<String> IDS;
    private static final Map<String, Integer> INDEX_OF = new HashMap<>();
    /** Per layout: the cell indices it carries, in form order. */
    private static final int[][] CELLS_BY_LAYOUT = new int[LAYOUTS.length][];
    /** Per layout: the tree of field positions from a ParsedReport down to each of its cells. */
    private static final Node[] TREE_BY_LAYOUT = new Node[LAYOUTS.length];
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
            Node tree = new Node(-1, ParsedReport.class, -1);
            for (int i = 0; i < counts.size(); i++) {
                cells[i] = ids.get(counts.get(i));
                tree.add(ReportCells.fieldPath(counts.get(i), layout).toArray(String[]::new), cells[i]);
            }
            CELLS_BY_LAYOUT[layout.ordinal()] = cells;
            TREE_BY_LAYOUT[layout.ordinal()] = tree.freeze();
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
        long[] values = new long[IDS.size()];
        boolean[] present = new boolean[IDS.size()];
        TREE_BY_LAYOUT[report.getLayout().ordinal()].read(report, values, present);
        return new CellSheet(report.getLayout(), values, present);
    }

    /**
     * A record on the way to cells: the field position it is read from in its parent, the generated class it must be
     * (a null section or the other branch of a union is skipped), and its children; a leaf is a cell.
     */
    private static final class Node {

        private final int position;
        private final Class<?> type;
        private final int cell;
        private final List<Node> children = new ArrayList<>();
        private Node[] frozen;

        Node(int position, Class<?> type, int cell) {
            this.position = position;
            this.type = type;
            this.cell = cell;
        }

        /** On the root: adds the path of ParsedReport field names to {@code cell}, resolving positions in the schema. */
        void add(String[] fields, int cell) {
            Node node = this;
            Schema schema = ParsedReport.getClassSchema();
            for (int step = 0; step < fields.length; step++) {
                Schema.Field field = schema.getField(fields[step]);
                if (field == null) {
                    throw new IllegalStateException("no field " + fields[step] + " in " + schema.getFullName());
                }
                if (step + 1 == fields.length) {
                    node.children.add(new Node(field.pos(), null, cell));
                } else {
                    schema = recordHolding(field.schema(), fields[step + 1]);
                    node = node.child(field.pos(), generatedClass(schema));
                }
            }
        }

        private Node child(int position, Class<?> type) {
            for (Node child : children) {
                if (child.position == position && child.type == type) {
                    return child;
                }
            }
            Node child = new Node(position, type, -1);
            children.add(child);
            return child;
        }

        Node freeze() {
            frozen = children.toArray(Node[]::new);
            children.forEach(Node::freeze);
            return this;
        }

        void read(IndexedRecord record, long[] values, boolean[] present) {
            for (Node child : frozen) {
                Object value = record.get(child.position);
                if (child.type == null) {
                    if (value != null) {
                        values[child.cell] = ((Number) value).longValue();
                        present[child.cell] = true;
                    }
                } else if (child.type.isInstance(value)) {
                    child.read((IndexedRecord) value, values, present);
                }
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
