package dev.chancery.verification.repository;

import dev.chancery.verification.domain.DateSpan;

/**
 * Which stored events of a key are candidates for a window ({@code EventLookup.candidates}), once in SQL and once
 * in Java for states held in memory. The two must agree exactly, NULLs included, so that a batch sees what one
 * transaction per fact would have read.
 */
final class CandidateFilter {
    private CandidateFilter() {
    }

    /** The SQL predicate over {@code events} columns, for a window given by two date expressions. */
    static String sql(String alias, String windowStart, String windowEnd) {
        return "(" + alias + ".span_start IS NULL OR ((" + windowStart + " IS NULL OR " + alias + ".span_end >= "
                + windowStart + ") AND (" + windowEnd + " IS NULL OR " + alias + ".span_start <= " + windowEnd + ")))";
    }

    /** The same predicate over a state's span (a NULL comparison counts as false, as in SQL). */
    static boolean matches(DateSpan span, DateSpan window) {
        if (span == null || span.start() == null) {
            return true;
        }
        boolean endsAfterStart = window.start() == null
                || (span.end() != null && !span.end().isBefore(window.start()));
        boolean startsBeforeEnd = window.end() == null || !span.start().isAfter(window.end());
        return endsAfterStart && startsBeforeEnd;
    }
}
