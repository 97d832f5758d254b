package dev.chancery.query.ask;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads calendar dates starting at a year, a day number or a month name: "2025", "2025-12-23",
 * "23rd of December 2025", "December 23, 2025", "September 2025", "September" (the latest one begun).
 *
 * @param words the question
 * @param today the day a year-less month or day is read against
 */
record CalendarDate(List<Word> words, LocalDate today) {

    DateExpression fromYear(int i) {
        int year = words.get(i).number();
        int month = numberAt(i + 1);
        int day = numberAt(i + 2);
        if (month >= 1 && month <= 12 && day >= 1) {
            LocalDate date = date(year, month, day);
            if (date != null) {
                return new DateExpression(Period.day(date), new Span(i, i + 3));
            }
        }
        return new DateExpression(Period.year(year), new Span(i, i + 1));
    }

    DateExpression fromDay(int i) {
        int j = DateExpression.isOrdinal(norm(i + 1)) ? i + 2 : i + 1;
        j = norm(j).equals("of") ? j + 1 : j;
        Integer month = DateExpression.month(norm(j));
        return month == null ? null : dated(i, j + 1, month, words.get(i).number());
    }

    DateExpression fromMonth(int i, int month) {
        int day = numberAt(i + 1);
        if (day >= 1 && day <= 31 && !words.get(i + 1).isYear()) {
            int end = DateExpression.isOrdinal(norm(i + 2)) ? i + 3 : i + 2;
            return dated(i, end, month, day);
        }
        if (i + 1 < words.size() && words.get(i + 1).isYear()) {
            return new DateExpression(Period.month(words.get(i + 1).number(), month), new Span(i, i + 2));
        }
        int year = month <= today.getMonthValue() ? today.getYear() : today.getYear() - 1;
        return new DateExpression(Period.month(year, month), new Span(i, i + 1));
    }

    /** A day of a month, with the year that follows at {@code end} if any, else the latest such day. */
    private DateExpression dated(int start, int end, int month, int day) {
        boolean hasYear = end < words.size() && words.get(end).isYear();
        int year = hasYear ? words.get(end).number() : today.getYear();
        LocalDate date = date(year, month, day);
        if (date != null && !hasYear && date.isAfter(today)) {
            date = date(year - 1, month, day);
        }
        return date == null ? null : new DateExpression(Period.day(date), new Span(start, hasYear ? end + 1 : end));
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private int numberAt(int i) {
        return i < words.size() ? words.get(i).number() : -1;
    }

    private String norm(int i) {
        return i < words.size() ? words.get(i).norm() : "";
    }
}
