package dev.chancery.query.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code chancery_projection_freshness_seconds{topic}}: a histogram of how long a fact took from its publication
 * (the record's timestamp, set when the relay sent it) to its projection by the live consumers.
 */
@ApplicationScoped
public class ProjectionFreshness {
    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public ProjectionFreshness(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records every record of a batch just projected, as of {@code nowMillis}. */
    public void projected(Iterable<ConsumerRecord<String, byte[]>> records, long nowMillis) {
        for (ConsumerRecord<String, byte[]> record : records) {
            timers.computeIfAbsent(record.topic(), this::timer)
                    .record(Duration.ofMillis(Math.max(0, nowMillis - record.timestamp())));
        }
    }

    private Timer timer(String topic) {
        return Timer.builder("chancery.projection.freshness")
                .description("delay from a fact's publication to its projection")
                .tag("topic", topic)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
    }
}
