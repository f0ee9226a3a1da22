package io.gongkai.schemas.registry;

import io.gongkai.events.ApplicantCounts;
import io.gongkai.events.ParsedReport;
import io.gongkai.events.RawReport;
import io.gongkai.schemas.SampleEvents;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The serializer writes generated records by their custom coders: the bytes must be exactly those of Avro's reflective
 * writer, which every other Avro implementation (and the scrapers' Python clients) reads.
 */
class AvroSerializerTest {

    private static final int SCHEMA_ID = 7;

    private final AvroSerializer<SpecificRecord> serializer = new AvroSerializer<>(new OneSchemaRegistry());

    @Test
    void aParsedReportIsWrittenByteForByteAsAvrosReflectiveWriterWritesIt() throws IOException {
        ParsedReport report = SampleEvents.parsedReport();
        report.getApplications().setCarriedOver(ApplicantCounts.newBuilder().setNaturalPerson(3).build());
        report.setPublished(LocalDate.of(2024, 1, 19));
        report.setProse("一、总体情况 2023年，本机关收到申请39件。");

        assertThat(payload(serializer.serialize("gongkai.reports.parsed.v1", report))).isEqualTo(reflectivelyWritten(report));
    }

    @Test
    void aRecordWithLogicalTypesAtItsTopIsWrittenAsTheReflectiveWriterWritesIt() throws IOException {
        RawReport raw = RawReport.newBuilder()
                .setSourceId("seed-000")
                .setContent(ByteBuffer.wrap("上塘街道 2023".getBytes(StandardCharsets.UTF_8)))
                .setFetchedAt(Instant.parse("2024-01-20T08:00:00Z"))
                .setPublishedHint(LocalDate.of(2024, 1, 19))
                .build();

        assertThat(payload(serializer.serialize("gongkai.reports.raw.v1", raw))).isEqualTo(reflectivelyWritten(raw));
    }

    private static byte[] payload(byte[] record) {
        assertThat(record[0]).isEqualTo(WireFormat.MAGIC_BYTE);
        assertThat(ByteBuffer.wrap(record, 1, 4).getInt()).isEqualTo(SCHEMA_ID);
        return Arrays.copyOfRange(record, WireFormat.HEADER_LENGTH, record.length);
    }

    private static byte[] reflectivelyWritten(SpecificRecord record) throws IOException {
        Schema schema = record.getSchema();
        SpecificData model = SpecificData.getForSchema(schema);
        assertThat(model.useCustomCoders()).as("the class's own model writes reflectively").isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        new SpecificDatumWriter<SpecificRecord>(schema, model).write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    /** Gives every schema the same id: this test is about the bytes after the wire header. */
    private static final class OneSchemaRegistry implements SchemaRegistry {

        @Override
        public int register(String subject, Schema schema) {
            return SCHEMA_ID;
        }

        @Override
        public int lookUp(String subject, Schema schema) {
            return SCHEMA_ID;
        }

        @Override
        public Schema schemaById(int id) {
            throw new UnsupportedOperationException("not read in this test");
        }

        @Override
        public void setCompatibility(String subject, String level) {
            throw new UnsupportedOperationException("not used in this test");
        }

        @Override
        public String compatibility(String subject) {
            throw new UnsupportedOperationException("not used in this test");
        }
    }
}
