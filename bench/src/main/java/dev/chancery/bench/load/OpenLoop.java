package dev.chancery.bench.load;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-loop load generator: request i is due at start + i / rate whatever happened to earlier ones, and its
 * latency is measured from that intended start (not from when it was actually sent), so a stall is charged to
 * every request it delayed (no coordinated omission). Bounded: it sends rate x seconds requests and stops; at most
 * {@code maxOutstanding} in flight, a request that cannot be sent within that bound counts as an error.
 */
public final class OpenLoop {
    /** What to do with each response (e.g. scan it for article ids); runs on the HTTP client's threads. */
    public interface ResponseHook {
        void onResponse(int index, LoadHttpClient.Reply response, long receivedNanos, long sentNanos);
    }

    public static final class Result {
        /** Key of the generator JVM's own GC pauses in {@link #summary()}. */
        public static final String GC_PAUSES = "loadGeneratorJvmGcPauses";
        public final Histogram latency;
        public final long sent;
        public final long ok;
        public final long errors;
        public final Map<Integer, Long> statuses;
        public final double seconds;
        public final double offeredPerSec;
        public final long responseBytes;
        /** The own pauses of the JVM the generator runs in, during the load ({@link GcPauses}). */
        public final Map<String, Object> gcPauses;

        Result(Histogram latency, long sent, long ok, long errors, Map<Integer, Long> statuses, double seconds,
                double offered, long responseBytes, Map<String, Object> gcPauses) {
            this.responseBytes = responseBytes;
            this.gcPauses = gcPauses;
            this.latency = latency;
            this.sent = sent;
            this.ok = ok;
            this.errors = errors;
            this.statuses = statuses;
            this.seconds = seconds;
            this.offeredPerSec = offered;
        }

        public double achievedPerSec() {
            return ok / seconds;
        }

        public double ms(double percentile) {
            return LatencyMs.at(latency, percentile);
        }

        public double maxMs() {
            return LatencyMs.max(latency);
        }

        public Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("offeredPerSec", offeredPerSec);
            m.put("seconds", seconds);
            m.put("sent", sent);
            m.put("ok", ok);
            m.put("errors", errors);
            m.put("statuses", statuses);
            m.put("achievedPerSec", achievedPerSec());
            m.put("responseBytes", responseBytes);
            m.put("meanResponseBytes", ok == 0 ? 0 : responseBytes / ok);
            m.put("p50Ms", ms(50));
            m.put("p90Ms", ms(90));
            m.put("p99Ms", ms(99));
            m.put("p999Ms", ms(99.9));
            m.put("maxMs", maxMs());
            m.put(GC_PAUSES, gcPauses);
            return m;
        }
    }

    private OpenLoop() {
    }

    public static Result run(double rate, double seconds, int maxOutstanding,
            IntFunction<CompletionStage<LoadHttpClient.Reply>> requests, ResponseHook hook)
            throws InterruptedException {
        try (GcPauses pauses = GcPauses.start()) {
            return run(rate, seconds, maxOutstanding, requests, hook, pauses);
        }
    }

    private static Result run(double rate, double seconds, int maxOutstanding,
            IntFunction<CompletionStage<LoadHttpClient.Reply>> requests, ResponseHook hook, GcPauses pauses)
            throws InterruptedException {
        OpenLoopSchedule schedule = new OpenLoopSchedule(rate, seconds);
        long total = schedule.requests();
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong outstanding = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch((int) total);
        long start = System.nanoTime() + 1_000_000;
        for (int i = 0; i < total; i++) {
            long intended = schedule.dueNanos(start, i);
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (outstanding.get() >= maxOutstanding) {
                errors.incrementAndGet();
                statuses.computeIfAbsent(-2, k -> new AtomicLong()).incrementAndGet();
                recorder.recordValue(OpenLoopSchedule.latencyNanos(intended, System.nanoTime()));
                done.countDown();
                continue;
            }
            int index = i;
            outstanding.incrementAndGet();
            long sent = System.nanoTime();
            requests.apply(index).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                outstanding.decrementAndGet();
                recorder.recordValue(OpenLoopSchedule.latencyNanos(intended, now));
                if (failure != null) {
                    errors.incrementAndGet();
                    if (statuses.computeIfAbsent(-1, k -> new AtomicLong()).incrementAndGet() <= 3) {
                        System.out.println("[bench] request " + index + " failed: " + failure);
                    }
                } else {
                    statuses.computeIfAbsent(response.status(), k -> new AtomicLong()).incrementAndGet();
                    if (response.status() / 100 == 2) {
                        ok.incrementAndGet();
                        bytes.addAndGet(response.body() == null ? 0 : response.body().length);
                    } else {
                        errors.incrementAndGet();
                    }
                    if (hook != null) {
                        try {
                            hook.onResponse(index, response, now, sent);
                        } catch (RuntimeException e) {
                            System.out.println("[bench] response hook failed: " + e);
                        }
                    }
                }
                done.countDown();
            });
        }
        done.await(30, TimeUnit.SECONDS);
        double elapsed = Math.max(seconds, (System.nanoTime() - start) / 1e9);
        Map<Integer, Long> codes = new java.util.TreeMap<>();
        statuses.forEach((k, v) -> codes.put(k, v.get()));
        return new Result(recorder.getIntervalHistogram(), total, ok.get(), errors.get(), codes,
                Math.min(elapsed, seconds + 30), rate, bytes.get(), pauses.summary());
    }
}
