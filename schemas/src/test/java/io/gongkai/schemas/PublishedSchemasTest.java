package io.gongkai.schemas;

import io.gongkai.events.ParsedReport;
import io.gongkai.events.RawReport;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedSchemasTest {

    @Test
    void thePublishedFormDropsJavaOnlyPropertiesAndKeepsTheData() {
        Schema published = PublishedSchemas.of(ParsedReport.getClassSchema());

        assertThat(published.toString()).doesNotContain("avro.java.string").contains("\"doc\"");
        assertThat(SchemaNormalization.toParsingForm(published))
                .isEqualTo(SchemaNormalization.toParsingForm(ParsedReport.getClassSchema()));
        assertThat(published.getField("year").defaultVal()).isEqualTo(ParsedReport.getClassSchema().getField("year").defaultVal());
    }

    @Test
    void everyPublicAvroTopicHasItsSchemaUnderItsValueSubject() {
        assertThat(PublishedSchemas.bySubject()).containsOnlyKeys(
                "gongkai.reports.raw.v1-value", "gongkai.reports.parsed.v1-value", "gongkai.reports.rejected.v1-value",
                "gongkai.validation.passed.v1-value", "gongkai.validation.violations.v1-value", "gongkai.validation.reviews.v1-value",
                "gongkai.region-totals.v1-value");
        assertThat(PublishedSchemas.bySubject().get("gongkai.reports.raw.v1-value").getFullName()).isEqualTo(RawReport.class.getName());
        assertThat(PublishedSchemas.fileName("gongkai.reports.raw.v1-value")).isEqualTo("gongkai.reports.raw.v1-value.avsc");
    }
}
