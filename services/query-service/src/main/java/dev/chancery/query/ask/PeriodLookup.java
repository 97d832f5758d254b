package dev.chancery.query.ask;

import java.util.BitSet;

/**
 * The period a question is about, if it names one.
 *
 * @param period  the days, or null when no date was named or the dates could not be combined
 * @param text    the words naming it as written, or null when none
 * @param problem why the dates could not be combined, or null
 * @param used    the words spent on it
 */
record PeriodLookup(Period period, String text, String problem, BitSet used) {
    PeriodLookup {
        used = (BitSet) used.clone();
    }

    static PeriodLookup none() {
        return new PeriodLookup(null, null, null, new BitSet());
    }

    boolean named() {
        return text != null;
    }

    /** The period, or {@link Period#ALWAYS} when none was named. */
    Period orAlways() {
        return period == null ? Period.ALWAYS : period;
    }

    String describe() {
        return problem != null ? problem : "period \"" + text + "\" (" + period.describe().strip() + ")";
    }
}
