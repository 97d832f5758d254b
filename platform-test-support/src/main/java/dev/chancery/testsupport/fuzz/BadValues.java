package dev.chancery.testsupport.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bad values for one parameter, already percent-encoded for a URI: wrong types, bounds, huge values, Unicode,
 * control characters, a lone surrogate, traversal and quoting. Every parameter gets the values every type gets
 * plus those of its own type; {@link #sample} picks a fixed-seed share of them.
 */
public final class BadValues {
    /** What any parameter must survive. */
    static final List<String> ANY = List.of("", "%00", "a%00b", "%0A", "%0D%0Ax:%20y", "%1B%5B31m", "%7F",
            "%ED%A0%80", "%ED%B0%80", "%EF%BF%BF", "%F0%9F%98%80", "%E2%80%AE", "%C3%A9%CC%81", "%EF%BB%BF",
            "%27%20OR%201=1--", "%22%3E%3Cscript%3E", "..%2F..%2Fetc%2Fpasswd", "%25", "%2F", "%5C", "null",
            "x".repeat(4000), "%E4%BD%A0".repeat(600));
    static final List<String> NUMBER = List.of("abc", "1.5", "-1", "0", "99999999999999999999", "1e309", "NaN",
            "-2147483649", "2147483648", "0x10", "%201", "1,2");
    static final List<String> TIME = List.of("not-a-time", "2026-13-45", "2026-02-30T25:61:00Z", "-999999999-01-01",
            "+1000000000-01-01T00:00:00Z", "2026-01-01T00:00:00%2B99:00", "0000-00-00", "1", "9".repeat(40));
    static final List<String> BOOLEAN = List.of("yes", "2", "TRUE%00", "t");

    private BadValues() {
    }

    /** Every bad value for {@code parameter}, in a fixed order. */
    public static List<String> all(ApiParameter parameter) {
        List<String> values = new ArrayList<>(ANY);
        switch (parameter.type()) {
            case "integer", "number" -> {
                values.addAll(NUMBER);
                if (parameter.minimum() != null) {
                    values.add(String.valueOf(parameter.minimum() - 1));
                }
                if (parameter.maximum() != null) {
                    values.add(String.valueOf(parameter.maximum() + 1));
                }
            }
            case "boolean" -> values.addAll(BOOLEAN);
            default -> {
                if (parameter.format() != null && parameter.format().startsWith("date")) {
                    values.addAll(TIME);
                }
            }
        }
        if (!parameter.allowed().isEmpty()) {
            values.add(parameter.allowed().get(0).toLowerCase() + "x");
        }
        return values;
    }

    /** Sent to every parameter, whatever the sample. */
    static final List<String> ALWAYS = List.of("%00", "%ED%A0%80");

    /**
     * {@code count} of {@link #all}, chosen by {@code random}: {@link #ALWAYS} first, then the type's own values,
     * then any.
     */
    public static List<String> sample(ApiParameter parameter, int count, Random random) {
        List<String> all = all(parameter);
        List<String> own = new ArrayList<>(all.subList(ANY.size(), all.size()));
        List<String> any = new ArrayList<>(ANY);
        any.removeAll(ALWAYS);
        java.util.Collections.shuffle(own, random);
        java.util.Collections.shuffle(any, random);
        List<String> picked = new ArrayList<>(ALWAYS);
        picked.addAll(own);
        picked.addAll(any);
        return picked.subList(0, Math.min(count, picked.size()));
    }
}
