package dev.chancery.query.it;

import dev.chancery.testsupport.TestInfrastructure;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.platform.kafka.FactRecordCodec;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Publishing many facts at once, waiting for them to be projected, and rebuilding every projection. */
final class Replays {
    static final List<String> PROJECTIONS = List.of("articles", "claims", "events");

    private Replays() {
    }

    /** Publishes without waiting for each acknowledgement (order per key is kept), then flushes. */
    static void publishAll(List<FactEnvelope<FactPayload>> facts) {
        for (FactEnvelope<FactPayload> fact : facts) {
            FactPublisher.producer().send(FactRecordCodec.encode(fact, fact.type().topic(), fact.streamId()));
        }
        FactPublisher.producer().flush();
    }

    /** Waits until every distinct fact of the mix has its row in the active generations. */
    static void awaitProjected(FactMix mix, Duration timeout) {
        Map<String, Long> expected = ProjectionRows.expectedCounts(mix.distinct());
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Long> counts = Map.of();
        while (System.nanoTime() < deadline) {
            counts = ProjectionRows.counts(mix.keys(), activeGenerations());
            if (counts.equals(expected)) {
                return;
            }
            sleep(200);
        }
        assertThat(counts).as("rows of " + mix.tag).isEqualTo(expected);
    }

    /** Waits until the live consumer group has committed the end offset of every partition of the fact topics. */
    static void awaitConsumed(Duration timeout) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers()))) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("query-projections")
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                boolean caughtUp = committed.size() >= 9 && committed.entrySet().stream()
                        .allMatch(e -> e.getValue().offset() >= ends.get(e.getKey()).offset());
                if (caughtUp) {
                    return;
                }
                assertThat(System.nanoTime()).as("live consumers caught up in time").isLessThan(deadline);
                sleep(200);
            }
        }
    }

    static Map<String, Integer> activeGenerations() {
        Map<String, Integer> out = new HashMap<>();
        PROJECTIONS.forEach(p -> out.put(p, activeGeneration(p)));
        return out;
    }

    static int activeGeneration(String projection) {
        return Api.as("admin").get("/api/v1/admin/projections").jsonPath()
                .getInt("find { it.name == '" + projection + "' }.activeGeneration");
    }

    /** Rebuilds the three projections at once and waits for the switches; yields facts per second of the rebuild. */
    static double rebuildAll(Duration timeout) {
        return rebuildAll(timeout, () -> { });
    }

    /** The same, running {@code meanwhile} once the rebuilds have started. */
    static double rebuildAll(Duration timeout, Runnable meanwhile) {
        Map<String, Integer> before = activeGenerations();
        PROJECTIONS.forEach(p -> Api.as("admin").post("/api/v1/admin/projections/" + p + ":rebuild").then()
                .statusCode(202));
        meanwhile.run();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!switched(before)) {
            assertThat(System.nanoTime()).as("rebuilds switched in time").isLessThan(deadline);
            sleep(200);
        }
        var states = Api.as("admin").get("/api/v1/admin/projections").jsonPath();
        Instant start = Instant.MAX;
        Instant end = Instant.MIN;
        long applied = 0;
        for (String p : PROJECTIONS) {
            Instant s = Instant.parse(states.getString("find { it.name == '" + p + "' }.startedAt"));
            Instant e = Instant.parse(states.getString("find { it.name == '" + p + "' }.finishedAt"));
            start = s.isBefore(start) ? s : start;
            end = e.isAfter(end) ? e : end;
            applied += states.getLong("find { it.name == '" + p + "' }.factsApplied");
        }
        double seconds = Duration.between(start, end).toNanos() / 1e9;
        return applied / seconds;
    }

    private static boolean switched(Map<String, Integer> before) {
        var states = Api.as("admin").get("/api/v1/admin/projections").jsonPath();
        for (String p : PROJECTIONS) {
            assertThat(states.getString("find { it.name == '" + p + "' }.state")).as(p).isNotEqualTo("FAILED");
        }
        return PROJECTIONS.stream().allMatch(p -> "LIVE".equals(states.getString("find { it.name == '" + p
                + "' }.state")) && states.getInt("find { it.name == '" + p + "' }.activeGeneration") > before.get(p));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
    }
}
