package io.gongkai.schemas;

import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPartitionerTest {

    private static final int PARTITIONS = 6;

    private final ReportPartitioner partitioner = new ReportPartitioner();

    @Test
    void everyYearOfAnOrganGoesToOnePartitionAndOrgansSpreadOverAll() {
        Cluster cluster = cluster(TopicCatalog.PARSED_REPORTS.name());
        for (int organ = 0; organ < 200; organ++) {
            String organId = "330681:第" + organ + "科";
            Set<Integer> partitions = IntStream.rangeClosed(2019, 2025)
                    .mapToObj(year -> partitioner.partition(TopicCatalog.PARSED_REPORTS.name(), organId + ":" + year,
                            (organId + ":" + year).getBytes(StandardCharsets.UTF_8), null, null, cluster))
                    .collect(Collectors.toSet());
            assertThat(partitions).as(organId).hasSize(1);
        }
        Set<Integer> used = IntStream.range(0, 200).mapToObj(organ -> ReportPartitioner.partition("330681:第" + organ + "科:2023", PARTITIONS))
                .collect(Collectors.toSet());
        assertThat(used).hasSize(PARTITIONS);
    }

    @Test
    void otherTopicsArePartitionedAsKafkasDefaultPartitionerDoesAKeyedRecord() {
        String topic = TopicCatalog.SOURCE_INDEX.name();
        byte[] key = "source:abc".getBytes(StandardCharsets.UTF_8);
        assertThat(partitioner.partition(topic, "source:abc", key, null, null, cluster(topic)))
                .isEqualTo(Utils.toPositive(Utils.murmur2(key)) % PARTITIONS);
    }

    private static Cluster cluster(String topic) {
        Node node = new Node(1, "127.0.0.1", 9092);
        List<PartitionInfo> partitions = new ArrayList<>();
        for (int p = 0; p < PARTITIONS; p++) {
            partitions.add(new PartitionInfo(topic, p, node, new Node[] {node}, new Node[] {node}));
        }
        return new Cluster("test", List.of(node), partitions, Set.of(), Set.of());
    }
}
