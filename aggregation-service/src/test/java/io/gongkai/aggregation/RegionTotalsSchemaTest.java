package io.gongkai.aggregation;

import io.gongkai.events.RegionTotals;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The region-totals subject is held BACKWARD_TRANSITIVE: the current {@link RegionTotals} reads what the
 * first published version wrote, and that first version still reads the current one (a consumer not yet
 * upgraded). {@code region-totals-first.avsc} is the schema as first published, before {@code children}.
 */
class RegionTotalsSchemaTest {

    @Test
    void currentSchemaReadsTheFirstAndTheFirstReadsTheCurrent() throws IOException {
        Schema first;
        try (InputStream in = getClass().getResourceAsStream("/schemas/region-totals-first.avsc")) {
            first = new Schema.Parser().parse(in);
        }
        Schema current = RegionTotals.getClassSchema();

        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(current, first).getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(first, current).getType())
                .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
    }
}
