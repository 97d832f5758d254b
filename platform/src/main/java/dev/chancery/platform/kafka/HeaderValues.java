package dev.chancery.platform.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.UUID;

/**
 * Ids and times straight from header bytes, for the forms {@link FactRecordCodec#encode} writes
 * ({@link UUID#toString()}, {@link Instant#toString()} of years 0000-9999: {@code 2025-12-01T08:30:00.120Z}). Any
 * other form goes to {@link UUID#fromString} / {@link Instant#parse}, so what they accept or refuse is unchanged.
 */
final class HeaderValues {
    private static final int NOT_HEX = -1;

    private HeaderValues() {
    }

    static UUID uuid(byte[] b) {
        if (b.length == 36 && b[8] == '-' && b[13] == '-' && b[18] == '-' && b[23] == '-') {
            long g1 = hex(b, 0, 8);
            long g2 = hex(b, 9, 13);
            long g3 = hex(b, 14, 18);
            long g4 = hex(b, 19, 23);
            long g5 = hex(b, 24, 36);
            if ((g1 | g2 | g3 | g4 | g5) >= 0) {
                return new UUID(g1 << 32 | g2 << 16 | g3, g4 << 48 | g5);
            }
        }
        return UUID.fromString(new String(b, StandardCharsets.UTF_8));
    }

    /** The hex number in b[from, to) (at most 12 digits, so never negative), or -1 if a byte is not a hex digit. */
    private static long hex(byte[] b, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = digit(b[i]);
            if (d == NOT_HEX) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    private static int digit(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return NOT_HEX;
    }

    static Instant instant(byte[] b) {
        Instant fast = isoUtc(b);
        return fast != null ? fast : Instant.parse(new String(b, StandardCharsets.UTF_8));
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, or null for any other form or an out-of-range field. */
    private static Instant isoUtc(byte[] b) {
        int n = b.length;
        if (n < 20 || n == 21 || n > 30 || b[4] != '-' || b[7] != '-' || b[10] != 'T' || b[13] != ':'
                || b[16] != ':' || b[n - 1] != 'Z' || (n > 20 && b[19] != '.')) {
            return null;
        }
        int year = decimal(b, 0, 4);
        int month = decimal(b, 5, 7);
        int day = decimal(b, 8, 10);
        int hour = decimal(b, 11, 13);
        int minute = decimal(b, 14, 16);
        int second = decimal(b, 17, 19);
        int fraction = n > 20 ? decimal(b, 20, n - 1) : 0;
        if ((year | month | day | hour | minute | second | fraction) < 0 || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year)) || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        for (int digits = n - 21; digits > 0 && digits < 9; digits++) {
            fraction *= 10;
        }
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L
                + second;
        return Instant.ofEpochSecond(epochSecond, fraction);
    }

    /** The decimal number in b[from, to), or -1 if a byte is not a digit. */
    private static int decimal(byte[] b, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }
}
