package io.gongkai.platform;

import io.gongkai.platform.streams.StreamsDefaults;
import io.gongkai.schemas.TopicSpec;
import io.gongkai.schemas.registry.SchemaRegistryClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.config.StreamsBuilderFactoryBeanConfigurer;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Duration;

/** Wires what every gongkai service shares: owned topics and subjects, and Kafka health. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(GongkaiProperties.class)
public class GongkaiPlatformAutoConfiguration {

    /** Creates the owned topics (KafkaAdmin creates missing ones at start-up and leaves existing ones as they are). */
    @Bean
    @ConditionalOnBean(OwnedTopics.class)
    KafkaAdmin.NewTopics ownedNewTopics(OwnedTopics owned, GongkaiProperties properties) {
        return new KafkaAdmin.NewTopics(owned.topics().stream()
                .map(topic -> newTopic(topic, properties.topics()))
                .toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnBean(OwnedTopics.class)
    @ConditionalOnProperty("gongkai.schema-registry-url")
    SubjectProvisioner subjectProvisioner(OwnedTopics owned, GongkaiProperties properties) {
        return new SubjectProvisioner(SchemaRegistryClient.forUrl(properties.schemaRegistryUrl()), owned);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin.getConfigurationProperties(), Duration.ofSeconds(3));
    }

    /** The Streams settings, health and source-topic patience of the Kafka Streams application, in the services that run one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(KafkaStreams.class)
    static class StreamsHealth {

        /** Static, as bean post-processors must be, so that it sees Boot's Streams configuration as it is made. */
        @Bean
        static StreamsDefaults streamsDefaults(Environment environment) {
            return new StreamsDefaults(environment);
        }

        @Bean
        @ConditionalOnBean(StreamsBuilderFactoryBean.class)
        KafkaStreamsHealthIndicator kafkaStreamsHealthIndicator(StreamsBuilderFactoryBean streams) {
            return new KafkaStreamsHealthIndicator(streams);
        }

        @Bean
        @ConditionalOnBean(StreamsBuilderFactoryBean.class)
        StreamsAvailability streamsAvailability(ApplicationEventPublisher events) {
            return new StreamsAvailability(events);
        }

        @Bean
        StreamsBuilderFactoryBeanConfigurer streamThreadFailuresAndAvailability(
                ObjectProvider<StreamsAvailability> availability) {
            return factory -> {
                factory.setStreamsUncaughtExceptionHandler(new StreamThreadFailures());
                availability.ifAvailable(factory::setStateListener);
            };
        }
    }

    static NewTopic newTopic(TopicSpec<?, ?> topic, GongkaiProperties.Topics settings) {
        return TopicBuilder.name(topic.name())
                .partitions(settings.partitions())
                .replicas(settings.replicationFactor())
                .configs(topic.config())
                .build();
    }
}
