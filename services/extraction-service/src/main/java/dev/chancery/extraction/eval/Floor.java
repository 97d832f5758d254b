package dev.chancery.extraction.eval;

import java.io.PrintStream;
import java.util.Locale;

/** Checks one figure against its floor (or ceiling) and prints the verdict line. */
public final class Floor {
    private Floor() {
    }

    public static boolean atLeast(String name, double value, double floor, PrintStream out) {
        return verdict(name, value, ">=", floor, value >= floor, out);
    }

    public static boolean atMost(String name, double value, double ceiling, PrintStream out) {
        return verdict(name, value, "<=", ceiling, value <= ceiling, out);
    }

    private static boolean verdict(String name, double value, String op, double bound, boolean ok, PrintStream out) {
        out.println(String.format(Locale.ROOT, "%-4s %-22s %.3f (floor %s %.2f)", ok ? "ok" : "FAIL", name, value, op,
                bound));
        return ok;
    }
}
