package dev.chancery.embedded.launcher;

import java.time.Duration;
import java.time.Instant;

/**
 * A supervised process's state as the status file shows it.
 *
 * @param state       starting, ready, restarting, stopped or failed
 * @param pid         the current process, 0 before the first
 * @param restarts    how many times it was restarted since the launcher started
 * @param lastExit    the exit code of the last process that exited unasked (-1: it could not be started), null
 *                    if none did
 * @param lastExitAt  when it exited
 * @param lastHealed  from that exit to the new process being ready, null until it is
 */
public record Supervision(String state, long pid, int restarts, Integer lastExit, Instant lastExitAt,
        Duration lastHealed) {
    static final Supervision STARTING = new Supervision("starting", 0, 0, null, null, null);

    Supervision running(long newPid) {
        return new Supervision(restarts == 0 ? "starting" : "restarting", newPid, restarts, lastExit, lastExitAt,
                lastHealed);
    }

    Supervision ready(Duration healed) {
        return new Supervision("ready", pid, restarts, lastExit, lastExitAt, healed == null ? lastHealed : healed);
    }

    Supervision exited(int code, Instant at) {
        return new Supervision("restarting", pid, restarts + 1, code, at, null);
    }

    Supervision stopped() {
        return new Supervision("stopped", pid, restarts, lastExit, lastExitAt, lastHealed);
    }

    Supervision failed() {
        return new Supervision("failed", pid, restarts, lastExit, lastExitAt, lastHealed);
    }
}
