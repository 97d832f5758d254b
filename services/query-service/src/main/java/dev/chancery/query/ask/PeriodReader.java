package dev.chancery.query.ask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the period of a question from its date expressions: one expression ("in September 2025", "last
 * year"), an open range ("since May 2025", "before 2025") or a closed one ("between March and May 2025",
 * "from 2024 to 2025"). Several unrelated dates are a problem, not a guess.
 */
final class PeriodReader {
    private static final Set<String> SINCE = Set.of("since", "after");
    private static final Set<String> UNTIL = Set.of("until", "till", "before", "by");
    private static final Set<String> RANGE_START = Set.of("between", "from");
    private static final Set<String> LEADING = Set.of("in", "on", "during", "since", "after", "until", "till",
            "before", "by", "between", "from", "of");
    private static final Set<String> RANGE_JOIN = Set.of("and", "to", "until", "till");

    private PeriodReader() {
    }

    static PeriodLookup read(List<Word> words, BitSet taken, LocalDate today) {
        List<DateExpression> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            DateExpression d = taken.get(i) ? null : DateExpression.at(words, i, today);
            if (d != null && d.span().freeIn(taken)) {
                found.add(d);
                i = d.span().end() - 1;
            }
        }
        if (found.isEmpty()) {
            return PeriodLookup.none();
        }
        DateExpression first = found.get(0);
        DateExpression last = found.get(found.size() - 1);
        String before = first.span().start() > 0 ? words.get(first.span().start() - 1).norm() : "";
        int start = LEADING.contains(before) ? first.span().start() - 1 : first.span().start();
        Span all = new Span(start, last.span().end());
        String text = all.text(words);
        BitSet used = all.markedIn(new BitSet());
        if (found.size() == 2 && RANGE_START.contains(before)
                && last.span().start() == first.span().end() + 1
                && RANGE_JOIN.contains(words.get(first.span().end()).norm())) {
            return new PeriodLookup(new Period(first.period().from(), last.period().to()), text, null, used);
        }
        if (found.size() > 1) {
            return new PeriodLookup(null, text, "several dates (\"" + text + "\") that do not form one period", used);
        }
        Period p = first.period();
        Period period = p;
        if (SINCE.contains(before)) {
            period = new Period(before.equals("after") ? p.to().plusDays(1) : p.from(), null);
        } else if (UNTIL.contains(before)) {
            period = new Period(null, before.equals("before") ? p.from().minusDays(1) : p.to());
        }
        return new PeriodLookup(period, text, null, used);
    }
}
