package dev.chancery.model.claim;

import java.time.LocalDate;

/**
 * When a claimed event happened (valid time), as an inclusive range at a precision.
 *
 * @param start     first possible day, null when unknown
 * @param end       last possible day, null when unknown
 * @param precision DAY, WEEK, MONTH, YEAR or UNKNOWN
 * @param text      the expression it was read from ("Dec. 23", "last month"), or null
 */
public record ClaimDate(LocalDate start, LocalDate end, DatePrecision precision, String text) {

    public static ClaimDate unknown() {
        return new ClaimDate(null, null, DatePrecision.UNKNOWN, null);
    }

    /** True when both ranges are known and overlap, or either is unknown. */
    public boolean compatibleWith(ClaimDate other) {
        if (other == null || start == null || other.start == null) {
            return true;
        }
        return !start.isAfter(other.end) && !other.start.isAfter(end);
    }
}
