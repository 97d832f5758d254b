package dev.chancery.bench.load;

/** When each open-loop request is due (start + i x interval), and its latency from that intended start. */
public record OpenLoopSchedule(double rate, double seconds) {

    public OpenLoopSchedule {
        if (!(rate >= 0) || !(seconds >= 0)) {
            throw new IllegalArgumentException("an open loop needs a rate and a duration, neither negative: " + rate
                    + "/s, " + seconds + " s");
        }
    }

    /** Requests the load sends: rate x seconds, rounded (none at rate 0). */
    public long requests() {
        return Math.round(rate * seconds);
    }

    public long intervalNanos() {
        return (long) (1e9 / rate);
    }

    /** When request {@code i} (from 0) is due, on the clock {@code startNanos} was read from. */
    public long dueNanos(long startNanos, long i) {
        return startNanos + i * intervalNanos();
    }

    /** The latency recorded for an answer at {@code nowNanos} to a request due at {@code dueNanos}; never below 0. */
    public static long latencyNanos(long dueNanos, long nowNanos) {
        return Math.max(0, nowNanos - dueNanos);
    }
}
