package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.DatePrecision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;

import static java.util.Map.entry;

/**
 * Normalises date expressions against the publication day: "Dec. 23", "September 5", "23 December",
 * "on Tuesday", "yesterday", "last week", "next month", "in October", "next year", "in 2023". A bare day or
 * month is read as the latest past one, or the next one for planned events.
 */
public final class DateResolver {
    private static final Map<String, Month> MONTHS = Map.ofEntries(entry("january", Month.JANUARY),
            entry("jan", Month.JANUARY), entry("february", Month.FEBRUARY), entry("feb", Month.FEBRUARY),
            entry("march", Month.MARCH), entry("mar", Month.MARCH), entry("april", Month.APRIL), entry("apr", Month.APRIL),
            entry("may", Month.MAY), entry("june", Month.JUNE), entry("jun", Month.JUNE), entry("july", Month.JULY),
            entry("jul", Month.JULY), entry("august", Month.AUGUST), entry("aug", Month.AUGUST),
            entry("september", Month.SEPTEMBER), entry("sept", Month.SEPTEMBER), entry("sep", Month.SEPTEMBER),
            entry("october", Month.OCTOBER), entry("oct", Month.OCTOBER), entry("november", Month.NOVEMBER),
            entry("nov", Month.NOVEMBER), entry("december", Month.DECEMBER), entry("dec", Month.DECEMBER));

    private DateResolver() {
    }

    /** The first date expression of the sentence after any dateline, or unknown. */
    public static ClaimDate resolve(Sentence s, LocalDate published, boolean future) {
        for (int i = afterDateline(s); i < s.size(); i++) {
            ClaimDate d = at(s, i, published, future);
            if (d != null) {
                return d;
            }
        }
        return ClaimDate.unknown();
    }

    /**
     * Where the text proper starts: a dateline ("ALMATY, Dec. 24 -") dates the article, not the event, so its
     * date must not be read as the claim's.
     */
    static int afterDateline(Sentence s) {
        int i = 0;
        while (i < s.size() && isPlaceWord(s.token(i).text())) {
            i++;
        }
        if (i == 0 || i >= s.size() || !s.token(i).is(",")) {
            return 0;
        }
        for (int j = i + 1; j < Math.min(s.size(), i + 8); j++) {
            String t = s.token(j).text();
            // "ALMATY, Dec. 24 -", and the wire style "MOSCOW, December 2. Putin said ..."
            boolean stop = t.equals(".") && j > 0 && s.token(j - 1).pos().equals("NUM");
            if (stop || t.equals("-") || t.equals("--") || t.equals("\u2014") || t.equals("\u2013")) {
                return j + 1;
            }
        }
        return 0;
    }

    private static boolean isPlaceWord(String t) {
        return t.length() > 1 && Character.isLetter(t.charAt(0)) && t.equals(t.toUpperCase());
    }

    private static ClaimDate at(Sentence s, int i, LocalDate pub, boolean future) {
        String w = s.token(i).lower().replace(".", "");
        String prev = i > 0 ? s.token(i - 1).lower() : "";
        String next = i + 1 < s.size() ? s.token(i + 1).lower() : "";
        Month month = MONTHS.get(w);
        if (month != null && s.token(i).capitalised() && !(month == Month.MAY && !prev.equals("in") && !isDay(next))) {
            if (isDay(next)) {
                int day = Integer.parseInt(next);
                int year = i + 3 < s.size() && s.token(i + 2).is(",") && isYear(s.token(i + 3).lower())
                        ? Integer.parseInt(s.token(i + 3).lower()) : -1;
                LocalDate d = year > 0 ? LocalDate.of(year, month, day) : infer(pub, month, day, future);
                return day(d, s.span(i, i + 2));
            }
            if (isDay(prev)) {
                return day(infer(pub, month, Integer.parseInt(prev), future), s.span(i - 1, i + 1));
            }
            YearMonth ym = isYear(next) ? YearMonth.of(Integer.parseInt(next), month) : inferMonth(pub, month, future);
            return new ClaimDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, s.token(i).text());
        }
        DayOfWeek dow = weekday(w);
        if (dow != null) {
            LocalDate d = future ? pub.with(TemporalAdjusters.nextOrSame(dow)) : pub.with(TemporalAdjusters.previousOrSame(dow));
            return day(d, s.token(i).text());
        }
        switch (w) {
            case "yesterday": return day(pub.minusDays(1), "yesterday");
            case "today": return day(pub, "today");
            case "tomorrow": return day(pub.plusDays(1), "tomorrow");
            default: break;
        }
        if (Map.of("last", -1, "this", 0, "next", 1).containsKey(prev)) {
            int k = Map.of("last", -1, "this", 0, "next", 1).get(prev);
            String text = s.span(i - 1, i + 1);
            if (w.equals("week")) {
                LocalDate mon = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(k);
                return new ClaimDate(mon, mon.plusDays(6), DatePrecision.WEEK, text);
            }
            if (w.equals("month")) {
                YearMonth ym = YearMonth.from(pub).plusMonths(k);
                return new ClaimDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, text);
            }
            if (w.equals("year")) {
                int y = pub.getYear() + k;
                return new ClaimDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR, text);
            }
        }
        if (isYear(w) && (prev.equals("in") || prev.equals("since")) && !next.equals("g20")) {
            int y = Integer.parseInt(w);
            return new ClaimDate(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), DatePrecision.YEAR, s.token(i).text());
        }
        return null;
    }

    private static ClaimDate day(LocalDate d, String text) {
        return new ClaimDate(d, d, DatePrecision.DAY, text);
    }

    private static LocalDate infer(LocalDate pub, Month m, int day, boolean future) {
        LocalDate same = LocalDate.of(pub.getYear(), m, Math.min(day, m.length(pub.isLeapYear())));
        if (future) {
            return same.isBefore(pub) ? same.plusYears(1) : same;
        }
        return same.isAfter(pub) ? same.minusYears(1) : same;
    }

    private static YearMonth inferMonth(LocalDate pub, Month m, boolean future) {
        YearMonth same = YearMonth.of(pub.getYear(), m);
        YearMonth now = YearMonth.from(pub);
        if (future) {
            return same.isBefore(now) ? same.plusYears(1) : same;
        }
        return same.isAfter(now) ? same.minusYears(1) : same;
    }

    private static DayOfWeek weekday(String w) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).equals(w)) {
                return d;
            }
        }
        return null;
    }

    private static boolean isDay(String w) {
        return w.matches("[0-9]{1,2}") && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 31;
    }

    private static boolean isYear(String w) {
        return w.matches("(19|20)[0-9]{2}");
    }
}
