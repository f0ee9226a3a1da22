package io.gongkai.schemas;

import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The producer partitioner of whoever writes {@code gongkai.reports.parsed.v1} (ingest, {@code gongkai dlt replay}):
 * a parsed report goes to the partition of its organ ({@link #partition(String, int)}), so that every year of one
 * organ is in one partition and validation's cross-year rules find them in one task without a repartition. Every
 * other keyed record goes where Kafka's default partitioner puts it; one without a key (a dead letter replayed as
 * it came), to any partition. Configure as {@code partitioner.class}.
 */
public final class ReportPartitioner implements Partitioner {

    /** The partition of a report id's organ among {@code partitions}: the same for every year of the organ. */
    public static int partition(String reportId, int partitions) {
        return Utils.toPositive(Utils.murmur2(ReportIds.organ(reportId).getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
        int partitions = cluster.partitionsForTopic(topic).size();
        if (keyBytes == null) {
            return ThreadLocalRandom.current().nextInt(partitions);
        }
        String reportId = new String(keyBytes, StandardCharsets.UTF_8);
        if (topic.equals(TopicCatalog.PARSED_REPORTS.name()) && reportId.indexOf(':') >= 0) {
            return partition(reportId, partitions);
        }
        return Utils.toPositive(Utils.murmur2(keyBytes)) % partitions;
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }

    @Override
    public void close() {
    }
}
