package io.gongkai.schemas.cells;

import io.gongkai.events.ActiveDisclosure2019;
import io.gongkai.events.ActiveDisclosure2021;
import io.gongkai.events.ApplicantCounts;
import io.gongkai.events.Applications;
import io.gongkai.events.Layout;
import io.gongkai.events.OtherHandlingRows;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.ReviewsAndSuits;
import io.gongkai.schemas.TrustedEventClasses;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Between canonical cell ids and the typed sections of a {@link ParsedReport}: {@code apply.*} lives in
 * {@code applications}, {@code active.*} in {@code active2021} or {@code active2019}, and
 * {@code review.*}, {@code suitDirect.*}, {@code suitAfterReview.*} in {@code reviewsAndSuits}.
 */
public final class ReportCells {

    /** Each cell id's field path, per layout, worked out on first use (the paths are shared: read, never changed). */
    private static final Map<Layout, Map<String, String[]>> PATHS = new EnumMap<>(Layout.class);

    static {
        TrustedEventClasses.install();
        for (Layout layout : Layout.values()) {
            PATHS.put(layout, new ConcurrentHashMap<>());
        }
    }

    private ReportCells() {
    }

    /** Every cell the report carries, in {@link CellCatalog} order; the cells of a missing section are absent. */
    public static Map<String, Number> of(ParsedReport report) {
        Map<String, Number> cells = new LinkedHashMap<>();
        for (String cellId : CellCatalog.cellIds(report.getLayout())) {
            Object value = read(report, path(cellId, report.getLayout()));
            if (value != null) {
                cells.put(cellId, (Number) value);
            }
        }
        return cells;
    }

    /**
     * The typed sections holding {@code cells}: a section none of whose cells is given stays null (§三
     * always exists); within a section, a cell not given is null (a cell that could not be read).
     */
    public static Sections sections(Layout layout, Map<String, Number> cells) {
        Applications applications = newRecord(Applications.class);
        applications.setOtherHandling(layout == Layout.LAYOUT_2019 ? newRecord(ApplicantCounts.class) : newRecord(OtherHandlingRows.class));
        SpecificRecord active = layout == Layout.LAYOUT_2019 ? newRecord(ActiveDisclosure2019.class) : newRecord(ActiveDisclosure2021.class);
        ReviewsAndSuits reviewsAndSuits = newRecord(ReviewsAndSuits.class);
        boolean hasActive = false;
        boolean hasReviews = false;
        for (Map.Entry<String, Number> cell : cells.entrySet()) {
            String[] path = path(cell.getKey(), layout);
            switch (path[0]) {
                case "applications" -> write(applications, path, cell.getValue());
                case "reviewsAndSuits" -> {
                    write(reviewsAndSuits, path, cell.getValue());
                    hasReviews = true;
                }
                default -> {
                    write(active, path, cell.getValue());
                    hasActive = true;
                }
            }
        }
        return new Sections(
                hasActive && layout == Layout.LAYOUT_2021 ? (ActiveDisclosure2021) active : null,
                hasActive && layout == Layout.LAYOUT_2019 ? (ActiveDisclosure2019) active : null,
                applications,
                hasReviews ? reviewsAndSuits : null);
    }

    /** The typed sections of a report, as {@link ParsedReport} holds them. */
    public record Sections(ActiveDisclosure2021 active2021, ActiveDisclosure2019 active2019,
                           Applications applications, ReviewsAndSuits reviewsAndSuits) {
    }

    /** The Avro field path of a cell, first element the ParsedReport field. */
    private static String[] path(String cellId, Layout layout) {
        return PATHS.get(layout).computeIfAbsent(cellId, id -> pathOf(id, layout));
    }

    private static String[] pathOf(String cellId, Layout layout) {
        String[] parts = cellId.split("\\.");
        String[] path = new String[parts.length];
        switch (parts[0]) {
            case "apply" -> path[0] = "applications";
            case "active" -> path[0] = layout == Layout.LAYOUT_2019 ? "active2019" : "active2021";
            default -> {
                String[] full = new String[parts.length + 1];
                full[0] = "reviewsAndSuits";
                System.arraycopy(parts, 0, full, 1, parts.length);
                return full;
            }
        }
        System.arraycopy(parts, 1, path, 1, parts.length - 1);
        return path;
    }

    private static Object read(SpecificRecord record, String[] path) {
        Object value = record;
        for (String field : path) {
            if (value == null) {
                return null;
            }
            SpecificRecord current = (SpecificRecord) value;
            value = current.get(current.getSchema().getField(field).pos());
        }
        return value;
    }

    /** Writes along {@code path} below its first element, creating nested records as needed. */
    private static void write(SpecificRecord section, String[] path, Number value) {
        SpecificRecord record = section;
        for (int i = 1; i < path.length - 1; i++) {
            Schema.Field field = record.getSchema().getField(path[i]);
            if (field == null) {
                throw new IllegalArgumentException("no cell " + String.join(".", path) + " in " + section.getSchema().getName());
            }
            Object next = record.get(field.pos());
            if (next == null) {
                next = newRecord(recordSchema(field.schema()));
                record.put(field.pos(), next);
            }
            record = (SpecificRecord) next;
        }
        Schema.Field leaf = record.getSchema().getField(path[path.length - 1]);
        if (leaf == null) {
            throw new IllegalArgumentException("no cell " + String.join(".", path) + " in " + section.getSchema().getName());
        }
        record.put(leaf.pos(), isDouble(leaf.schema()) ? (Object) value.doubleValue() : (Object) value.intValue());
    }

    /** Whether a cell's field holds an amount: {@code double}, or a union of it with null. */
    private static boolean isDouble(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema.getType() == Schema.Type.DOUBLE;
        }
        for (Schema type : schema.getTypes()) {
            if (type.getType() == Schema.Type.DOUBLE) {
                return true;
            }
        }
        return false;
    }

    private static Schema recordSchema(Schema schema) {
        if (schema.getType() == Schema.Type.UNION) {
            return schema.getTypes().stream().filter(type -> type.getType() == Schema.Type.RECORD).findFirst().orElseThrow();
        }
        return schema;
    }

    /** A record of the generated class with every nested record field (not union) created, recursively. */
    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecord> T newRecord(Class<T> type) {
        return (T) newRecord(SpecificData.get().getSchema(type));
    }

    private static SpecificRecord newRecord(Schema schema) {
        SpecificRecord record = (SpecificRecord) SpecificData.get().newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            if (field.schema().getType() == Schema.Type.RECORD) {
                record.put(field.pos(), newRecord(field.schema()));
            }
        }
        return record;
    }
}
