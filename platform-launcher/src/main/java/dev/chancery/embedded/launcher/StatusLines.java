package dev.chancery.embedded.launcher;

/** Counts in the text of {@link StatusFile} (one instance per line), for commands that wait on it. */
final class StatusLines {
    private StatusLines() {
    }

    /** How many instances of the service the status lists. */
    static long instances(String status, String service) {
        return status.lines().filter(l -> l.contains("\"service\": \"" + service + "\"")).count();
    }

    /** How many of them are ready. */
    static long ready(String status, String service) {
        return status.lines().filter(l -> l.contains("\"service\": \"" + service + "\"")
                && l.contains("\"state\": \"ready\"")).count();
    }
}
