package dev.chancery.embedded.launcher;

import java.time.Duration;

/**
 * When to restart a service that exited, as Kubernetes restarts a container: the first restart after {@code first},
 * each further one after twice the previous delay up to {@code max}, and back to the first once a process ran
 * {@code healthyAfter} (its exit is then a new incident, not the same crash loop).
 */
public record RestartPolicy(Duration first, Duration max, Duration healthyAfter) {
    /** 1 s doubling to 30 s, reset after a healthy minute. */
    public static final RestartPolicy DEFAULT = new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30),
            Duration.ofMinutes(1));

    /** One restart: its number in the current crash loop (1 for the first) and the wait before it. */
    public record Restart(int attempt, Duration delay) {
    }

    /** The restart after a process that ran {@code ranFor}, when the previous restart was {@code previousAttempt}. */
    public Restart after(int previousAttempt, Duration ranFor) {
        int attempt = ranFor.compareTo(healthyAfter) >= 0 ? 1 : previousAttempt + 1;
        return new Restart(attempt, delay(attempt));
    }

    /** {@code first} doubled {@code attempt - 1} times, at most {@code max}. */
    Duration delay(int attempt) {
        Duration delay = first;
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
