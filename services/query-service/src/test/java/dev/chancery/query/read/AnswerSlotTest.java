package dev.chancery.query.read;

import io.smallrye.mutiny.Uni;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stale while revalidate, one computation per version, the newest answer kept, on a clock the test moves. */
class AnswerSlotTest {
    static final long SECOND = 1_000_000_000L;
    final AtomicLong clock = new AtomicLong(100 * SECOND);
    final AnswerSlot<String> slot = new AnswerSlot<>(clock::get);
    final List<CompletableFuture<String>> computations = new ArrayList<>();
    final List<CompletableFuture<String>> versions = new ArrayList<>();
    final Supplier<Uni<String>> compute = () -> {
        CompletableFuture<String> f = new CompletableFuture<>();
        computations.add(f);
        return Uni.createFrom().completionStage(f);
    };

    CompletableFuture<AnswerSlot.Served<String>> read(String version, long maxStale) {
        return slot.read(version, clock.get(), maxStale, compute, value -> !value.endsWith("incomplete"))
                .subscribeAsCompletionStage();
    }

    @Test
    void aVersionIsComputedOnceAndServedCurrentUntilTheNext() {
        var first = read("v1", 2 * SECOND);
        var second = read("v1", 2 * SECOND);
        assertThat(computations).hasSize(1);
        assertThat(first).isNotDone();
        computations.get(0).complete("answer v1");
        assertThat(first.join()).isEqualTo(new AnswerSlot.Served<>("answer v1", 0));
        assertThat(second.join().value()).isEqualTo("answer v1");
        clock.addAndGet(10 * SECOND);
        assertThat(read("v1", 0).join()).isEqualTo(new AnswerSlot.Served<>("answer v1", 0));
        assertThat(computations).hasSize(1);
    }

    @Test
    void aNewVersionIsAnsweredWithThePreviousWhileItWasCurrentRecentlyEnough() {
        read("v1", 0);
        computations.get(0).complete("answer v1");
        clock.addAndGet(SECOND);
        var stale = read("v2", 2 * SECOND).join();
        assertThat(stale).isEqualTo(new AnswerSlot.Served<>("answer v1", SECOND));
        assertThat(computations).as("v2 computed in the background").hasSize(2);
        assertThat(read("v2", 0)).as("no staleness allowed: waits for v2").isNotDone();
        clock.addAndGet(2 * SECOND);
        assertThat(read("v2", 2 * SECOND)).as("v1 last known current 3 s ago: too old").isNotDone();
        assertThat(computations).as("still one computation of v2").hasSize(2);
        computations.get(1).complete("answer v2");
        assertThat(read("v2", 0).join()).isEqualTo(new AnswerSlot.Served<>("answer v2", 0));
    }

    @Test
    void whileAStaleAnswerServesOnlyOneComputationRuns() {
        read("v1", 0);
        computations.get(0).complete("answer v1");
        read("v2", 5 * SECOND);
        read("v3", 5 * SECOND);
        read("v4", 5 * SECOND);
        assertThat(computations).as("v3 and v4 wait until v2 is done").hasSize(2);
        computations.get(1).complete("answer v2");
        assertThat(read("v4", 5 * SECOND).join().value()).isEqualTo("answer v2");
        assertThat(computations).as("then the newest version is computed").hasSize(3);
    }

    @Test
    void anOlderComputationFinishingLastDoesNotReplaceANewerAnswer() {
        read("v1", 0);
        read("v2", 0);
        assertThat(computations).hasSize(2);
        computations.get(1).complete("answer v2");
        computations.get(0).complete("answer v1");
        assertThat(read("v2", 0).join()).isEqualTo(new AnswerSlot.Served<>("answer v2", 0));
        assertThat(computations).hasSize(2);
    }

    @Test
    void incompleteAndFailedAnswersAreNotKept() {
        var incomplete = read("v1", 0);
        computations.get(0).complete("v1 incomplete");
        assertThat(incomplete.join().value()).isEqualTo("v1 incomplete");
        var retried = read("v1", 0);
        assertThat(computations).as("recomputed, not served from the cache").hasSize(2);
        computations.get(1).completeExceptionally(new IllegalStateException("database gone"));
        assertThatThrownBy(retried::join).hasCauseInstanceOf(IllegalStateException.class);
        read("v1", 0);
        assertThat(computations).hasSize(3);
    }

    @Test
    void anAnswerConfirmedRecentlyEnoughIsServedWithoutReadingTheVersionAndOneReadIsShared() {
        AtomicLong probes = new AtomicLong();
        CompletableFuture<String> version = new CompletableFuture<>();
        Supplier<Uni<String>> probe = () -> {
            probes.incrementAndGet();
            return Uni.createFrom().completionStage(version);
        };
        var first = slot.read(2 * SECOND, SECOND, probe, compute, v -> true).subscribeAsCompletionStage();
        var joined = slot.read(2 * SECOND, SECOND, probe, compute, v -> true).subscribeAsCompletionStage();
        assertThat(probes).as("one version read for both").hasValue(1);
        version.complete("v1");
        computations.get(0).complete("answer v1");
        assertThat(first.join()).isEqualTo(joined.join());

        clock.addAndGet(SECOND / 2);
        assertThat(slot.read(2 * SECOND, SECOND, probe, compute, v -> true).subscribeAsCompletionStage().join())
                .isEqualTo(new AnswerSlot.Served<>("answer v1", SECOND / 2));
        assertThat(probes).as("confirmed half a second ago: not read again").hasValue(1);
        slot.read(0, SECOND, probe, compute, v -> true).subscribeAsCompletionStage().join();
        assertThat(probes).as("a read that accepts no age reads the version (and confirms v1 now)").hasValue(2);
        clock.addAndGet(SECOND + 1);
        slot.read(2 * SECOND, SECOND, probe, compute, v -> true).subscribeAsCompletionStage().join();
        assertThat(probes).as("confirmed over a second ago: read again").hasValue(3);
        assertThat(computations).hasSize(1);
    }

    @Test
    void pastTheRecheckButWithinTheStalenessTheVersionIsReadInTheBackground() {
        Supplier<Uni<String>> probe = answeredV1();

        clock.addAndGet(3 * SECOND / 2);
        var served = slot.read(2 * SECOND, SECOND, probe, compute, v -> true).subscribeAsCompletionStage();
        assertThat(served).as("not held up by the version read").isCompleted();
        assertThat(served.join()).isEqualTo(new AnswerSlot.Served<>("answer v1", 3 * SECOND / 2));
        assertThat(versions).as("the version is read meanwhile").hasSize(2);
        slot.read(2 * SECOND, SECOND, probe, compute, v -> true).subscribeAsCompletionStage().join();
        assertThat(versions).as("one version read shared").hasSize(2);
        var strict = slot.read(SECOND, SECOND, probe, compute, v -> true).subscribeAsCompletionStage();
        assertThat(strict).as("a read that accepts 1 s waits for the version").isNotDone();

        versions.get(1).complete("v2");
        assertThat(computations).as("the new version computed without a read waiting for it").hasSize(2);
        computations.get(1).complete("answer v2");
        assertThat(strict.join()).isEqualTo(new AnswerSlot.Served<>("answer v2", 0));
        assertThat(slot.read(2 * SECOND, SECOND, probe, compute, v -> true).subscribeAsCompletionStage().join())
                .isEqualTo(new AnswerSlot.Served<>("answer v2", 0));
        assertThat(versions).hasSize(2);

        clock.addAndGet(3 * SECOND);
        assertThat(slot.read(2 * SECOND, SECOND, probe, compute, v -> true).subscribeAsCompletionStage())
                .as("confirmed 3 s ago: older than the staleness allowed, so the read waits").isNotDone();
    }

    @Test
    void aChangeAppliedHereIsReadAgainBeforeTheRecheckWhileTheKnownAnswerStillServes() {
        Supplier<Uni<String>> probe = answeredV1();

        clock.addAndGet(SECOND / 10);
        // a version read that started before the change is not trusted to have seen it
        var racing = slot.read(0, SECOND, probe, compute, v -> true).subscribeAsCompletionStage();
        assertThat(versions).hasSize(2);
        slot.expire();
        clock.addAndGet(1);
        var served = slot.read(2 * SECOND, SECOND, probe, compute, v -> true).subscribeAsCompletionStage();
        assertThat(served.join()).as("the known answer, at once").isEqualTo(new AnswerSlot.Served<>("answer v1",
                SECOND / 10 + 1));
        assertThat(versions).as("confirmed a tenth of a second ago, yet read again after the change").hasSize(3);
        versions.get(1).complete("v1");
        assertThat(racing.join().value()).isEqualTo("answer v1");
        versions.get(2).complete("v2");
        assertThat(computations).as("the change computed in the background").hasSize(2);
        computations.get(1).complete("answer v2");
        assertThat(slot.read(2 * SECOND, SECOND, probe, compute, v -> true).subscribeAsCompletionStage().join())
                .isEqualTo(new AnswerSlot.Served<>("answer v2", 0));
        assertThat(versions).as("confirmed after the change: trusted again until the recheck").hasSize(3);
    }

    /** Version reads completed by the test ({@link #versions}); the first has answered v1, computed. */
    private Supplier<Uni<String>> answeredV1() {
        Supplier<Uni<String>> probe = () -> {
            CompletableFuture<String> f = new CompletableFuture<>();
            versions.add(f);
            return Uni.createFrom().completionStage(f);
        };
        var first = slot.read(2 * SECOND, SECOND, probe, compute, v -> true).subscribeAsCompletionStage();
        versions.get(0).complete("v1");
        computations.get(0).complete("answer v1");
        assertThat(first.join().value()).isEqualTo("answer v1");
        return probe;
    }

    @Test
    void withoutAnyAnswerYetEveryReadWaits() {
        assertThat(read("v1", 60 * SECOND)).isNotDone();
        assertThat(read("v1", 60 * SECOND)).isNotDone();
        assertThat(computations).hasSize(1);
    }
}
