package dev.chancery.query.read;

import io.smallrye.mutiny.Uni;

import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One key's answer as of now, computed once per version: the newest computed answer, and the computation of a
 * newer version while one runs. A read that accepts an answer current up to {@code maxStale} ago gets the newest
 * computed one without asking for the version while that was confirmed current at most {@code min(maxStale,
 * recheck)} ago; otherwise the version is read (one read at a time is shared by the reads that arrive meanwhile and
 * accept its age), in the background if the newest answer was current at most {@code maxStale} ago, which the read
 * gets at once. A version not yet computed is answered with the newest computed answer while that was current at
 * most {@code maxStale} ago (stale while revalidate, so a read never waits behind a computation it does not need),
 * and otherwise waits for its computation. While a stale answer may still be served, at most one computation runs,
 * so reads of a key that changes all the time cost one computation at a time. {@link #expire()} says the key changed
 * here: the next read reads the version again rather than trusting the last confirmation, so a change this replica
 * applied is seen without waiting out the recheck.
 */
final class AnswerSlot<A> {
    /** What a read gets: the answer, and how long ago it was last known current (0 if it is the probed version). */
    record Served<A>(A value, long ageNanos) {
    }

    private final LongSupplier clock;
    private String knownVersion;
    private A known;
    private long knownAt;
    private long knownSeq = -1;
    private String runningVersion;
    private Uni<A> running;
    private long runningSeq;
    private long seq;
    private Uni<String> probing;
    private long probingSince;
    private long expiredAt = Long.MIN_VALUE;

    AnswerSlot(LongSupplier clock) {
        this.clock = clock;
    }

    /**
     * The answer as of now, or as of at most {@code maxStale} ago: {@code probe} reads the current version (at most
     * once per {@code recheck} for reads that accept that age), {@code compute} computes the answer of the version
     * read, and only answers that pass {@code keep} are kept for later reads.
     */
    Uni<Served<A>> read(long maxStale, long recheck, Supplier<Uni<String>> probe, Supplier<Uni<A>> compute,
            Predicate<A> keep) {
        Uni<String> version;
        long probedAt;
        boolean started = false;
        Served<A> stale = null;
        synchronized (this) {
            long now = clock.getAsLong();
            long reuse = Math.min(maxStale, recheck);
            if (known != null && now - knownAt <= reuse && knownAt > expiredAt) {
                return Uni.createFrom().item(new Served<>(known, now - knownAt));
            }
            // a version read that started before the last change may not see it
            if (probing == null || now - probingSince > reuse || probingSince <= expiredAt) {
                long mine = now;
                probingSince = mine;
                probing = probe.get().onTermination().invoke(() -> probeDone(mine)).memoize().indefinitely();
                started = true;
            }
            version = probing;
            probedAt = probingSince;
            if (known != null && now - knownAt <= maxStale) {
                stale = new Served<>(known, now - knownAt);
            }
        }
        Uni<Served<A>> current = version.chain(v -> read(v, probedAt, maxStale, compute, keep));
        if (stale == null) {
            return current;
        }
        // revalidated in the background: a read that accepts the known answer's age never waits for a version read,
        // which queues behind the writers' statements when the database is busy
        if (started) {
            current.subscribe().with(served -> { }, failure -> { });
        }
        return Uni.createFrom().item(stale);
    }

    /**
     * The key changed (a write this replica committed): answers confirmed before now are no longer trusted without
     * reading the version, though they may still be served stale while the new version is computed.
     */
    synchronized void expire() {
        expiredAt = clock.getAsLong();
    }

    private synchronized void probeDone(long since) {
        if (probingSince == since) {
            probing = null;
        }
    }

    /**
     * The answer for {@code version}, read as current at {@code probedAt} (clock time taken before the version was
     * read); {@code compute} computes it; only answers that pass {@code keep} are kept for later reads.
     */
    synchronized Uni<Served<A>> read(String version, long probedAt, long maxStale, Supplier<Uni<A>> compute,
            Predicate<A> keep) {
        if (known != null && version.equals(knownVersion)) {
            knownAt = Math.max(knownAt, probedAt);
            return Uni.createFrom().item(new Served<>(known, 0));
        }
        long age = known == null ? Long.MAX_VALUE : clock.getAsLong() - knownAt;
        boolean staleServes = age <= maxStale;
        Uni<A> computation;
        if (running != null && version.equals(runningVersion)) {
            computation = running;
        } else if (running != null && staleServes) {
            return Uni.createFrom().item(new Served<>(known, age));
        } else {
            computation = start(version, probedAt, compute, keep);
        }
        if (staleServes) {
            return Uni.createFrom().item(new Served<>(known, age));
        }
        return computation.map(value -> new Served<>(value, 0));
    }

    private Uni<A> start(String version, long probedAt, Supplier<Uni<A>> compute, Predicate<A> keep) {
        long mine = ++seq;
        Uni<A> computation = compute.get()
                .onItemOrFailure().invoke((value, failure) -> finish(mine, version, probedAt, value, failure, keep))
                .memoize().indefinitely();
        runningVersion = version;
        running = computation;
        runningSeq = mine;
        // started now even if every read is answered with the stale answer meanwhile
        computation.subscribe().with(value -> { }, failure -> { });
        return computation;
    }

    private synchronized void finish(long mine, String version, long probedAt, A value, Throwable failure,
            Predicate<A> keep) {
        if (runningSeq == mine) {
            running = null;
            runningVersion = null;
        }
        if (failure == null && keep.test(value) && mine > knownSeq) {
            knownVersion = version;
            known = value;
            knownAt = probedAt;
            knownSeq = mine;
        }
    }
}
