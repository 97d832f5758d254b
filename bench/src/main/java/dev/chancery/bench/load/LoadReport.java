package dev.chancery.bench.load;

import org.HdrHistogram.Histogram;

import java.util.List;

/**
 * What the load generator JVM hands back (as JSON): the read load, the POST load and the freshness of the posted
 * articles when there was one (else null), and the errors to report (non-201 POSTs, the first three of each status;
 * unreadable 201 bodies).
 */
public record LoadReport(LoadOutcome reads, LoadOutcome posts, Freshness freshness, List<String> errors) {

    /**
     * Freshness of the posted articles: for each, from the 201's arrival to the arrival of the first invitations
     * response listing it (nanoseconds, compressed HdrHistogram in base64); the articles still not seen after the
     * drain are in it with their waiting time (so the percentiles are then lower bounds).
     */
    public record Freshness(String histogram, long accepted, long visible, long notVisibleAfterDrain) {

        public Histogram delays() {
            return LoadOutcome.decode(histogram);
        }
    }
}
