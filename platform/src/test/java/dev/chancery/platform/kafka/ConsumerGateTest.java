package dev.chancery.platform.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gate waits out an outage, throws a record's own failure at once, and stops without acknowledging. */
class ConsumerGateTest {
    private final ConsumerGate gate = new ConsumerGate();

    @Test
    void waitsOutAnOutageUntilTheDatabaseAnswers() {
        AtomicInteger calls = new AtomicInteger();
        String result = gate.throughOutage(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("Pool closed");
            }
            return "written";
        });
        assertThat(result).isEqualTo("written");
        assertThat(calls).hasValue(3);
    }

    @Test
    void throwsTheRecordsOwnFailureAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> gate.throughOutage(() -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("not a claim");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(calls).hasValue(1);
    }

    @Test
    void anOutageDuringStopGivesUpWithoutAFailureThatWouldDeadLetter() {
        gate.onStop(new ShutdownEvent());
        assertThatThrownBy(() -> gate.throughOutage(() -> {
            throw new IllegalStateException("Pool closed");
        })).isInstanceOf(ConsumerGate.Stopped.class);
    }

    @Test
    void aBatchStoppedDuringAnOutageNeverCompletesSoItIsNeverAcknowledged() {
        Uni<Void> batch = gate.admit(() -> Uni.createFrom().failure(new ConsumerGate.Stopped(new IllegalStateException("Pool closed"))));
        assertThatThrownBy(() -> batch.await().atMost(Duration.ofMillis(300)))
                .isInstanceOf(TimeoutException.class);
    }

    @Test
    void afterStopNoNewBatchRuns() {
        gate.onStop(new ShutdownEvent());
        AtomicInteger ran = new AtomicInteger();
        Uni<Void> batch = gate.admitBlocking(ran::incrementAndGet);
        assertThatThrownBy(() -> batch.await().atMost(Duration.ofMillis(300))).isInstanceOf(TimeoutException.class);
        assertThat(ran).hasValue(0);
    }

    @Test
    void stopWaitsForTheBatchInProgress() throws Exception {
        AtomicInteger done = new AtomicInteger();
        Uni<Void> batch = gate.admitBlocking(() -> {
            sleep(300);
            done.incrementAndGet();
        });
        batch.subscribe().with(v -> { });
        sleep(50);
        gate.onStop(new ShutdownEvent());
        assertThat(done).hasValue(1);
    }

    @Test
    void reactiveWorkAlsoWaitsOutAnOutage() {
        AtomicInteger calls = new AtomicInteger();
        Integer result = gate.throughOutageAsync(() -> calls.incrementAndGet() < 3
                ? Uni.createFrom().<Integer>failure(new IllegalStateException("Pool closed"))
                : Uni.createFrom().item(7)).await().atMost(Duration.ofSeconds(5));
        assertThat(result).isEqualTo(7);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
