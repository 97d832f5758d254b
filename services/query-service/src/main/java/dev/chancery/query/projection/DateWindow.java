package dev.chancery.query.projection;

import dev.chancery.model.claim.ClaimDate;

import java.time.LocalDate;

/** Valid-time filtering: does an event's date range overlap [from, to] (either bound open)? */
public final class DateWindow {
    private DateWindow() {
    }

    public static boolean overlaps(ClaimDate date, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        if (date == null || date.start() == null) {
            return false;
        }
        LocalDate end = date.end() == null ? date.start() : date.end();
        return (from == null || !end.isBefore(from)) && (to == null || !date.start().isAfter(to));
    }
}
