package io.gongkai.validation;

import io.gongkai.platform.GongkaiProperties;
import io.gongkai.schemas.TopicCatalog;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import io.gongkai.validation.rules.Severities;
import io.gongkai.validation.rules.Validator;
import io.gongkai.validation.streams.ValidationTopology;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafkaStreams;

/**
 * Runs the {@link ValidationTopology} in Spring Kafka's StreamsBuilderFactoryBean, configured by Boot's
 * {@code spring.kafka.streams.*} ({@code exactly_once_v2}), with the registry serde on
 * {@code gongkai.schema-registry-url} and the severities of {@code gongkai.rules.severity.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableKafkaStreams
class ValidationStreamsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ValidationStreamsConfiguration.class);

    @Bean
    Validator validator(RulesProperties rules) {
        Validator validator = new Validator(Severities.overriding(rules.severity()));
        log.info("rules version {}", validator.rulesVersion());
        return validator;
    }

    @Bean
    KStream<String, byte[]> validationTopology(StreamsBuilder builder, Validator validator, GongkaiProperties gongkai) {
        SchemaRegistryClient registry = SchemaRegistryClient.forUrl(gongkai.schemaRegistryUrl());
        return ValidationTopology.define(builder, validator, TopicCatalog.PARSED_REPORTS.valueSerde(registry),
                TopicCatalog.VALIDATION_PASSED.valueSerde(registry));
    }
}
