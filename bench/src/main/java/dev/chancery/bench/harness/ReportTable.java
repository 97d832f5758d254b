package dev.chancery.bench.harness;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report's rows as the fixed-width table bench/run prints. */
final class ReportTable {
    private ReportTable() {
    }

    static String format(List<Map<String, Object>> rows) {
        StringBuilder out = new StringBuilder();
        String fmt = "%-62s %12s %-12s %-44s %12s %7s %-20s %s%n";
        out.append(String.format(Locale.ROOT, fmt, "figure", "measured", "unit", "baseline", "baseline", "ratio",
                "target", "result"));
        out.append("-".repeat(185)).append('\n');
        for (Map<String, Object> row : rows) {
            out.append(String.format(Locale.ROOT, fmt, row.get("figure"), num(row.get("measured")), row.get("unit"),
                    row.get("baseline"), num(row.get("baselineValue")), num(row.get("ratio")),
                    row.get("target") == null ? "" : row.get("target"),
                    row.get("result") == null ? "" : row.get("result")));
        }
        return out.toString();
    }

    /** Three significant-ish places: 0.047, 28.5, 1,234. */
    static String num(Object o) {
        if (!(o instanceof Number n)) {
            return "-";
        }
        double d = n.doubleValue();
        if (Math.abs(d) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", d);
        }
        if (Math.abs(d) >= 10) {
            return String.format(Locale.ROOT, "%.1f", d);
        }
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
