package io.gongkai.schemas;

import io.gongkai.schemas.registry.AvroSerde;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicCatalogTest {

    @Test
    void everyTopicIsVersionedAndEveryEventIsAGeneratedRecord() {
        assertThat(TopicCatalog.all()).hasSize(9).allSatisfy(topic -> {
            assertThat(topic.name()).startsWith("gongkai.").endsWith(".v1");
            assertThat(topic.keyType()).isEqualTo(String.class);
            assertThat(topic.config()).containsKeys("cleanup.policy", "max.message.bytes");
        });
        assertThat(TopicCatalog.all()).filteredOn(topic -> topic != TopicCatalog.SOURCE_INDEX && topic != TopicCatalog.RAW_DOCUMENTS)
                .allSatisfy(topic -> assertThat(SpecificRecord.class).isAssignableFrom(topic.valueType()));
    }

    @Test
    void stateTopicsAreCompactedAndStreamsExpire() {
        assertThat(TopicCatalog.PARSED_REPORTS.config()).containsEntry("cleanup.policy", "compact");
        assertThat(TopicCatalog.REGION_TOTALS.config()).containsEntry("cleanup.policy", "compact");
        assertThat(TopicCatalog.VALIDATION_REVIEWS.config()).containsEntry("cleanup.policy", "compact")
                .containsEntry("min.compaction.lag.ms", Long.toString(366 * TopicCatalog.DAY_MS));
        assertThat(TopicCatalog.RAW_REPORTS.config())
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", "604800000")
                .containsEntry("max.message.bytes", "16842752");
        assertThat(TopicCatalog.RAW_DOCUMENTS.config()).isEqualTo(TopicCatalog.RAW_REPORTS.config());
        assertThat(TopicCatalog.REJECTED_REPORTS.config()).containsEntry("retention.ms", "2592000000");
    }

    @Test
    void eachTopicNamesHowItsKeysAndValuesAreWritten() {
        assertThat(TopicCatalog.PARSED_REPORTS.valueSerde(null)).isInstanceOf(AvroSerde.class);
        assertThat(TopicCatalog.PARSED_REPORTS.keySerde().serializer()).isInstanceOf(StringSerializer.class);
        assertThat(TopicCatalog.SOURCE_INDEX.valueSerde(null).serializer()).isInstanceOf(StringSerializer.class);
        assertThat(TopicCatalog.RAW_DOCUMENTS.valueSerde(null).serializer()).isInstanceOf(ByteArraySerializer.class);
        assertThat(TopicCatalog.VALIDATION_PASSED.deadLetter().valueSerde(null).serializer()).isInstanceOf(ByteArraySerializer.class);
    }

    @Test
    void deadLetterTopicKeepsRawBytesBesideItsSource() {
        TopicSpec<?, ?> deadLetter = TopicCatalog.RAW_REPORTS.deadLetter();
        assertThat(deadLetter.name()).isEqualTo("gongkai.reports.raw.v1-dlt");
        assertThat(deadLetter.valueType()).isEqualTo(byte[].class);
        assertThat(deadLetter.config()).containsEntry("max.message.bytes", "16842752");
        assertThat(TopicCatalog.PARSED_REPORTS.valueSubject()).isEqualTo("gongkai.reports.parsed.v1-value");
    }
}
