package io.gongkai.validation.streams;

import io.gongkai.schemas.ReportIds;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/** Puts every year of one organ on one partition, so its reports meet in one task's state store. Keys stay report ids. */
final class OrganPartitioner<V> implements StreamPartitioner<String, V> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, String reportId, V value, int numPartitions) {
        byte[] organ = ReportIds.organ(reportId).getBytes(StandardCharsets.UTF_8);
        return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(organ)) % numPartitions));
    }
}
