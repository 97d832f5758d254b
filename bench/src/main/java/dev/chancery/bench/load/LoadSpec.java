package dev.chancery.bench.load;

import java.util.List;

/**
 * What the load generator JVM ({@link LoadMain}) is to run, written by the bench JVM as JSON: the open-loop reads of
 * the gatherings' invitations (round robin over {@code gatherings}, {@code readRate} per second for {@code seconds})
 * and, when {@code postUrl} is set, the open-loop POSTs of the prepared articles in {@code postsFile}
 * ({@link PreparedPosts}) at {@code postRate} beside them, whose visibility the reads detect; then up to
 * {@code drainSeconds} of polling for the articles not seen yet.
 */
public record LoadSpec(String token, String queryUrl, List<String> gatherings, double readRate, double seconds,
        String postUrl, double postRate, String postsFile, double drainSeconds) {

    /** Reads only (the idle baseline). */
    public static LoadSpec readsOnly(String token, String queryUrl, List<String> gatherings, double readRate,
            double seconds) {
        return new LoadSpec(token, queryUrl, gatherings, readRate, seconds, null, 0, null, 0);
    }

    /** Whether articles are posted (and their visibility detected) beside the reads. */
    public boolean ingesting() {
        return postUrl != null;
    }
}
