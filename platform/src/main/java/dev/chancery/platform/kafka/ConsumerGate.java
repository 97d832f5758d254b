package dev.chancery.platform.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Stands between the Kafka consumers and the database. While the service runs it admits each polled batch and holds
 * a batch's database work through an outage (retrying with backoff until PostgreSQL answers) instead of letting it
 * dead-letter the records. When the service stops it admits no new batch and waits for those in progress before the
 * connection pool closes; a batch it stops is never acknowledged, so its offsets are not committed and the next
 * owner of the partition reads it again (the idempotent consumers make that harmless).
 */
@ApplicationScoped
public class ConsumerGate {
    private static final Logger LOG = Logger.getLogger(ConsumerGate.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);
    private static final Duration DRAIN = Duration.ofSeconds(20);

    private final AtomicInteger inProgress = new AtomicInteger();
    private volatile boolean stopping;

    /** Runs {@code batch} unless the service is stopping; acknowledging happens only if the returned Uni completes. */
    public Uni<Void> admit(Supplier<Uni<Void>> batch) {
        if (stopping) {
            return Uni.createFrom().nothing();
        }
        inProgress.incrementAndGet();
        return Uni.createFrom().deferred(batch::get)
                .onTermination().invoke(inProgress::decrementAndGet)
                .onFailure(Stopped.class).recoverWithUni(() -> Uni.createFrom().nothing());
    }

    /** {@link #admit} for blocking work, run on a worker thread. */
    public Uni<Void> admitBlocking(Runnable batch) {
        return admit(() -> Uni.createFrom().item(() -> {
            batch.run();
            return (Void) null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    /** Calls {@code work} until it does not fail for want of the database; other failures are thrown at once. */
    public <T> T throughOutage(Supplier<T> work) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!DatabaseOutage.is(e)) {
                    throw e;
                }
                waitOrStop(e, attempt, pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** {@link #throughOutage} for reactive work. */
    public <T> Uni<T> throughOutageAsync(Supplier<Uni<T>> work) {
        return Uni.createFrom().<T>deferred(work::get)
                .onFailure(e -> DatabaseOutage.is(e) && !stopping).retry()
                .withBackOff(FIRST_PAUSE, LONGEST_PAUSE).indefinitely()
                .onFailure(DatabaseOutage::is).transform(Stopped::new);
    }

    private void waitOrStop(RuntimeException outage, int attempt, Duration pause) {
        if (stopping) {
            throw new Stopped(outage);
        }
        if (attempt == 1 || attempt % 10 == 0) {
            LOG.warnf("the database is out of reach (%s); attempt %d, trying again in %d ms", outage, attempt,
                    pause.toMillis());
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped(outage);
        }
    }

    // before the pool and the Kafka connector close (they close in shutdown tasks that run after this event)
    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping = true;
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (inProgress.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.infof("consumers stopped; %d batch(es) left unacknowledged for the next owner", inProgress.get());
    }

    /** A batch given up because the service is stopping: it stays unacknowledged. */
    public static final class Stopped extends RuntimeException {
        Stopped(Throwable outage) {
            super("stopping during a database outage", outage);
        }
    }
}
