package dev.chancery.query.ask;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One date expression in a question and the days it covers: "September 2025", "in September", "2025",
 * "23 December 2025", "December 23rd", "2025-12-23", "last year", "this month", "yesterday".
 * Month names without a year mean the latest such month that has begun.
 *
 * @param period the days covered
 * @param span   where it was found
 */
record DateExpression(Period period, Span span) {
    private static final Map<String, Integer> MONTHS = months();
    /** Month names that are also ordinary words: only months after a preposition or next to a number. */
    private static final Set<String> WORDLIKE = Set.of("may", "march", "mar");
    private static final Set<String> PREPOSITIONS = Set.of("in", "since", "during", "until", "of", "from",
            "between", "and", "to", "before", "after", "early", "late", "mid");
    private static final Set<String> RECENT = Set.of("last", "this", "past", "previous");
    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");

    /** The expression starting at word {@code i}, or null. */
    static DateExpression at(List<Word> words, int i, LocalDate today) {
        Word w = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1).norm() : "";
        if (RECENT.contains(w.norm()) && Set.of("year", "month", "week").contains(next)) {
            return relative(w.norm().equals("this") ? 0 : -1, next, today, new Span(i, i + 2));
        }
        if (w.norm().equals("today") || w.norm().equals("yesterday")) {
            LocalDate day = w.norm().equals("today") ? today : today.minusDays(1);
            return new DateExpression(Period.day(day), new Span(i, i + 1));
        }
        if (w.isYear()) {
            return new CalendarDate(words, today).fromYear(i);
        }
        if (w.number() >= 1 && w.number() <= 31) {
            return new CalendarDate(words, today).fromDay(i);
        }
        Integer month = MONTHS.get(w.norm());
        boolean afterPreposition = i > 0 && PREPOSITIONS.contains(words.get(i - 1).norm());
        boolean beforeNumber = i + 1 < words.size() && words.get(i + 1).isNumber();
        boolean plausible = month != null && (!WORDLIKE.contains(w.norm()) || afterPreposition || beforeNumber);
        return plausible ? new CalendarDate(words, today).fromMonth(i, month) : null;
    }

    static Integer month(String norm) {
        return MONTHS.get(norm);
    }

    static boolean isOrdinal(String norm) {
        return ORDINALS.contains(norm);
    }

    private static DateExpression relative(int shift, String unit, LocalDate today, Span span) {
        Period period = switch (unit) {
            case "year" -> Period.year(today.getYear() + shift);
            case "month" -> {
                LocalDate m = today.plusMonths(shift);
                yield Period.month(m.getYear(), m.getMonthValue());
            }
            default -> {
                LocalDate monday = today.minusDays(today.getDayOfWeek().getValue() - 1L).plusWeeks(shift);
                yield new Period(monday, monday.plusDays(6));
            }
        };
        return new DateExpression(period, span);
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        for (Month month : Month.values()) {
            m.put(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), month.getValue());
            m.put(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), month.getValue());
        }
        m.put("sept", 9);
        return Map.copyOf(m);
    }
}
