package dev.chancery.bench.harness;

import java.util.LinkedHashMap;
import java.util.Map;

/** One row of the table: measured, baseline, their ratio, and the verdict against the target. */
public record ReportRow(String id, String figure, String unit, Double measured, String baselineName, Double baseline,
        String target, Boolean pass) {

    /** measured / baseline >= min; null (not measured) when either is missing or the baseline is 0. */
    public static Boolean ratioAtLeast(Double measured, Double baseline, double min) {
        if (measured == null || baseline == null || baseline == 0) {
            return null;
        }
        return measured / baseline >= min;
    }

    /** measured <= max; null (not measured) when it is missing. */
    public static Boolean atMost(Double measured, double max) {
        return measured == null ? null : measured <= max;
    }

    /** The row as the JSON and the table hold it. */
    public Map<String, Object> asMap() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("figure", figure);
        row.put("unit", unit);
        row.put("measured", round(measured, 2));
        row.put("baseline", baselineName);
        row.put("baselineValue", round(baseline, 2));
        row.put("ratio", measured == null || baseline == null || baseline == 0 ? null : round(measured / baseline, 3));
        row.put("target", target);
        row.put("result", target == null ? null : pass == null ? "NOT MEASURED" : pass ? "PASS" : "MISS");
        return row;
    }

    private static Double round(Double d, int places) {
        if (d == null || d.isNaN() || d.isInfinite()) {
            return null;
        }
        double f = Math.pow(10, places);
        return Math.round(d * f) / f;
    }
}
