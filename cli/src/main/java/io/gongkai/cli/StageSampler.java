package io.gongkai.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongkai.schemas.KafkaPrincipals;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Watches the services while a benchmark runs, once a second: each stage's consumer lag (its group's committed offsets against
 * the last stable offsets of every partition its group reads, its Streams repartition topics included), each
 * service's CPU (from {@code /proc}), resident memory, and heap in use (its {@code jvm.memory.used} metric, asked
 * as ops), each summed over the service's instances. Runs on its own thread; {@link #stop()} returns what it saw.
 */
final class StageSampler implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One second's look at one service. */
    record Sample(double seconds, long lag, double cpuPercent, double residentMiB, double heapMiB) {
    }

    private final Admin admin;
    private final Supplier<Map<String, Long>> pids;
    private final Supplier<Map<String, String>> urls;
    private final String opsAuthorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, List<Sample>> samples = new LinkedHashMap<>();
    private final Map<String, Double> lastCpuSeconds = new HashMap<>();
    private final long start = System.nanoTime();
    private final Thread thread = new Thread(this, "stage-sampler");
    private volatile boolean running = true;
    private long lastAt = start;

    /** Watches the three services; {@code pids} and {@code urls} name those started so far, so it can begin before them. */
    StageSampler(Admin admin, Supplier<Map<String, Long>> pids, Supplier<Map<String, String>> urls, String opsAuthorization) {
        this.admin = admin;
        this.pids = pids;
        this.urls = urls;
        this.opsAuthorization = opsAuthorization;
        LocalDeployment.SERVICES.forEach(service -> samples.put(service, new ArrayList<>()));
    }

    StageSampler begin() {
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    @Override
    public void run() {
        while (running) {
            long now = System.nanoTime();
            double seconds = (now - start) / 1e9;
            double elapsed = Math.max(1e-3, (now - lastAt) / 1e9);
            lastAt = now;
            Map<String, Long> started = pids.get();
            Map<String, String> listening = urls.get();
            for (String service : samples.keySet()) {
                double cpu = 0;
                double resident = -1;
                double heap = -1;
                for (Map.Entry<String, Long> instance : started.entrySet()) {
                    if (!isInstanceOf(instance.getKey(), service)) {
                        continue;
                    }
                    double cpuSeconds = Measure.cpuSeconds(instance.getValue());
                    Double before = lastCpuSeconds.put(instance.getKey(), cpuSeconds);
                    cpu += before == null ? 0 : (cpuSeconds - before) * 100 / elapsed;
                    resident = plus(resident, Measure.residentMiB(instance.getValue()));
                    if (listening.containsKey(instance.getKey())) {
                        heap = plus(heap, heapMiB(listening.get(instance.getKey())));
                    }
                }
                Sample sample = new Sample(seconds, lag(KafkaPrincipals.ofUser(service).consumerGroup()), cpu, resident, heap);
                List<Sample> seen = samples.get(service);
                synchronized (seen) {
                    seen.add(sample);
                }
            }
            try {
                TimeUnit.MILLISECONDS.sleep(Math.max(0, 1000 - (System.nanoTime() - now) / 1_000_000));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A sum of measurements where -1 is "none": none and none is none. */
    private static double plus(double sum, double measurement) {
        return measurement < 0 ? sum : Math.max(sum, 0) + measurement;
    }

    /** Whether {@code instance} (a name {@link LocalDeployment#instanceName} gave) is an instance of {@code service}. */
    private static boolean isInstanceOf(String instance, String service) {
        return instance.equals(service) || instance.startsWith(service + "-") && instance.substring(service.length() + 1).chars().allMatch(Character::isDigit);
    }

    /**
     * Waits, at most {@code patience}, until every stage's latest sample shows no lag: once the totals are complete,
     * the stages' last commits (Kafka Streams commits after its stores are updated) still show in their lag.
     */
    void awaitNoLag(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline && !samples.values().stream().allMatch(StageSampler::lastHasNoLag)) {
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }

    /** Whether every stage has had no lag in each of its samples of the last {@code period}. */
    boolean idleFor(Duration period) {
        double since = (System.nanoTime() - start) / 1e9 - period.toSeconds();
        if (since < 0) {
            return false;
        }
        for (List<Sample> seen : samples.values()) {
            synchronized (seen) {
                List<Sample> recent = seen.stream().filter(sample -> sample.seconds() >= since).toList();
                if (recent.isEmpty() || recent.stream().anyMatch(sample -> sample.lag() != 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean lastHasNoLag(List<Sample> seen) {
        synchronized (seen) {
            return !seen.isEmpty() && seen.get(seen.size() - 1).lag() == 0;
        }
    }

    /** Stops sampling; each service's samples, in time order. */
    Map<String, List<Sample>> stop() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(10));
        return samples;
    }

    /** Messages not yet committed by the group, over every partition it has committed on; -1 if unknown. */
    private long lag(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            if (committed.isEmpty()) {
                return -1;
            }
            Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(5, TimeUnit.SECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                    lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                }
            }
            return lag;
        } catch (Exception unavailable) {
            return -1;
        }
    }

    private double heapMiB(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                .header("Authorization", opsAuthorization).timeout(Duration.ofSeconds(2)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode value = JSON.readTree(response.body()).path("measurements").path(0).path("value");
            return value.isNumber() ? value.asDouble() / 1024 / 1024 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
