package dev.chancery.query.ask;

import java.time.LocalDate;

/**
 * A range of days, inclusive at both ends; either end may be open (null).
 *
 * @param from first day, or null
 * @param to   last day, or null
 */
record Period(LocalDate from, LocalDate to) {
    static final Period ALWAYS = new Period(null, null);

    static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    static Period month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        return new Period(first, first.withDayOfMonth(first.lengthOfMonth()));
    }

    static Period day(LocalDate day) {
        return new Period(day, day);
    }

    /** A phrase to append to a sentence: " from 2025-09-01 to 2025-09-30", " at any time"... */
    String describe() {
        if (from == null && to == null) {
            return ", at any time";
        }
        if (from == null) {
            return " until " + to;
        }
        if (to == null) {
            return " since " + from;
        }
        return from.equals(to) ? " on " + from : " from " + from + " to " + to;
    }
}
