package dev.chancery.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code chancery_consumer_lag{group,topic,partition}}: every 15 s, for each consumer group of the service's incoming
 * channels, the partitions' end offsets less the group's committed offsets, read from the broker (so a replica tells
 * the whole group's lag, also of partitions it does not hold: aggregate with {@code max}).
 */
@ApplicationScoped
public class ConsumerLag {
    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
    private static final long EVERY_SECONDS = 15;
    private final MeterRegistry registry;
    private final Map<String, Set<String>> groups;
    private final String bootstrapServers;
    private final Map<List<Object>, AtomicLong> gauges = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;
    private BrokerOffsets offsets;

    public ConsumerLag(MeterRegistry registry, Config config) {
        this.registry = registry;
        this.groups = ConsumedTopics.of(config);
        this.bootstrapServers = config.getOptionalValue("kafka.bootstrap.servers", String.class).orElse("");
    }

    void onStart(@Observes StartupEvent event) {
        if (groups.isEmpty() || bootstrapServers.isBlank()) {
            return;
        }
        offsets = new BrokerOffsets(bootstrapServers);
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "consumer-lag"));
        timer.scheduleWithFixedDelay(this::measure, 1, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
            offsets.close();
        }
    }

    private void measure() {
        groups.forEach((group, topics) -> {
            try {
                PartitionLag.of(group, offsets.ends(topics), offsets.committed(group)).forEach(this::record);
            } catch (Exception e) {
                LOG.debugf("lag of group %s not measured: %s", group, e.toString());
            }
        });
    }

    private void record(PartitionLag lag) {
        gauges.computeIfAbsent(List.of(lag.group(), lag.topic(), lag.partition()), key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("chancery.consumer.lag", value, AtomicLong::get)
                    .description("records of the partition the consumer group has not committed")
                    .tags("group", lag.group(), "topic", lag.topic(), "partition", String.valueOf(lag.partition()))
                    .register(registry);
            return value;
        }).set(lag.lag());
    }
}
