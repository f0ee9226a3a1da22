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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Between canonical cell ids and the typed sections of a {@link ParsedReport}: {@code apply.*} lives in
 * {@code applications}, {@code active.*} in {@code active2021} or {@code active2019}, and
 * {@code review.*}, {@code suitDirect.*}, {@code suitAfterReview.*} in {@code reviewsAndSuits}.
 */
public final class ReportCells {

    /** Each cell id's slot, per layout, worked out on first use (slots are shared: read, never changed). */
    private static final Map<Layout, Map<String, Slot>> SLOTS = new EnumMap<>(Layout.class);

    static {
        TrustedEventClasses.install();
        for (Layout layout : Layout.values()) {
            SLOTS.put(layout, new ConcurrentHashMap<>());
        }
    }

    private ReportCells() {
    }

    /** Every cell the report carries, in {@link CellCatalog} order; the cells of a missing section are absent. */
    public static Map<String, Number> of(ParsedReport report) {
        Map<String, Number> cells = new LinkedHashMap<>();
        for (String cellId : CellCatalog.cellIds(report.getLayout())) {
            Object value = slot(cellId, report.getLayout()).read(report);
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
        Applications applications = newRecord(Applications.getClassSchema());
        applications.setOtherHandling(layout == Layout.LAYOUT_2019 ? newRecord(ApplicantCounts.getClassSchema())
                : newRecord(OtherHandlingRows.getClassSchema()));
        SpecificRecord active = layout == Layout.LAYOUT_2019 ? newRecord(ActiveDisclosure2019.getClassSchema())
                : newRecord(ActiveDisclosure2021.getClassSchema());
        ReviewsAndSuits reviewsAndSuits = newRecord(ReviewsAndSuits.getClassSchema());
        boolean hasActive = false;
        boolean hasReviews = false;
        for (Map.Entry<String, Number> cell : cells.entrySet()) {
            Slot slot = slot(cell.getKey(), layout);
            switch (slot.section()) {
                case APPLICATIONS -> slot.write(applications, cell.getValue());
                case REVIEWS_AND_SUITS -> {
                    slot.write(reviewsAndSuits, cell.getValue());
                    hasReviews = true;
                }
                case ACTIVE -> {
                    slot.write(active, cell.getValue());
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

    /** The three parts of a report that hold cells. */
    private enum Section { APPLICATIONS, ACTIVE, REVIEWS_AND_SUITS }

    /**
     * Where a cell lives, resolved once against the schemas: its section (the {@link ParsedReport} field at
     * {@code sectionPosition}), the field positions from the section down to the cell, the record to create at each
     * position but the last when it is missing, and whether the cell is an amount ({@code double}) or a count.
     */
    private record Slot(Section section, int sectionPosition, int[] positions, Schema[] records, boolean amount) {

        Object read(ParsedReport report) {
            Object value = report.get(sectionPosition);
            for (int position : positions) {
                if (value == null) {
                    return null;
                }
                value = ((SpecificRecord) value).get(position);
            }
            return value;
        }

        /** Writes below the section, creating nested records as needed. */
        void write(SpecificRecord sectionRecord, Number value) {
            SpecificRecord record = sectionRecord;
            for (int i = 0; i < positions.length - 1; i++) {
                Object next = record.get(positions[i]);
                if (next == null) {
                    next = newRecord(records[i]);
                    record.put(positions[i], next);
                }
                record = (SpecificRecord) next;
            }
            record.put(positions[positions.length - 1], amount ? (Object) value.doubleValue() : (Object) value.intValue());
        }
    }

    private static Slot slot(String cellId, Layout layout) {
        return SLOTS.get(layout).computeIfAbsent(cellId, id -> slotOf(id, layout));
    }

    /**
     * The way to a cell in a {@link ParsedReport}: its field names from the report down, e.g. {@code apply.received.total}
     * → {@code applications.received.total}, {@code active.rules.issued} → {@code active2021.rules.issued} (or
     * {@code active2019…}), {@code review.pending} → {@code reviewsAndSuits.review.pending}.
     */
    public static List<String> fieldPath(String cellId, Layout layout) {
        List<String> parts = new ArrayList<>(Arrays.asList(cellId.split("\\.")));
        switch (parts.get(0)) {
            case "apply" -> parts.set(0, "applications");
            case "active" -> parts.set(0, layout == Layout.LAYOUT_2019 ? "active2019" : "active2021");
            default -> parts.add(0, "reviewsAndSuits");
        }
        return List.copyOf(parts);
    }

    private static Slot slotOf(String cellId, Layout layout) {
        List<String> path = fieldPath(cellId, layout);
        String sectionName = path.get(0);
        Section section = switch (sectionName) {
            case "applications" -> Section.APPLICATIONS;
            case "reviewsAndSuits" -> Section.REVIEWS_AND_SUITS;
            default -> Section.ACTIVE;
        };
        String[] below = path.subList(1, path.size()).toArray(String[]::new);
        Schema.Field sectionField = ParsedReport.getClassSchema().getField(sectionName);
        Schema schema = recordWith(sectionField.schema(), below[0], cellId, layout);
        int[] positions = new int[below.length];
        Schema[] records = new Schema[below.length];
        boolean amount = false;
        for (int i = 0; i < below.length; i++) {
            Schema.Field field = schema.getField(below[i]);
            if (field == null) {
                throw unknown(cellId, layout);
            }
            positions[i] = field.pos();
            if (i < below.length - 1) {
                schema = recordWith(field.schema(), below[i + 1], cellId, layout);
                records[i] = schema;
            } else {
                amount = isDouble(field.schema());
            }
        }
        return new Slot(section, sectionField.pos(), positions, records, amount);
    }

    /** The record type of {@code schema} (or of its union) that has a field {@code fieldName}. */
    private static Schema recordWith(Schema schema, String fieldName, String cellId, Layout layout) {
        List<Schema> types = schema.getType() == Schema.Type.UNION ? schema.getTypes() : List.of(schema);
        return types.stream().filter(type -> type.getType() == Schema.Type.RECORD && type.getField(fieldName) != null)
                .findFirst().orElseThrow(() -> unknown(cellId, layout));
    }

    private static IllegalArgumentException unknown(String cellId, Layout layout) {
        return new IllegalArgumentException("no cell " + cellId + " in the " + layout + " report");
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

    /** A record of the generated class of {@code schema}, with every nested record field (not union) created, recursively. */
    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecord> T newRecord(Schema schema) {
        SpecificRecord record = (SpecificRecord) SpecificData.get().newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            if (field.schema().getType() == Schema.Type.RECORD) {
                record.put(field.pos(), newRecord(field.schema()));
            }
        }
        return (T) record;
    }
}
