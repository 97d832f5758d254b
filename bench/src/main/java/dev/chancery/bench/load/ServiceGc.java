package dev.chancery.bench.load;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's stop-the-world collections, from its Micrometer metrics ({@code /q/metrics}, no token needed):
 * {@code jvm_gc_pause_seconds_count} and {@code _sum}, young ("end of minor GC") and full ("end of major GC").
 * Two readings around a load say how often, and how long in all, the service was stopped while it was read.
 */
public final class ServiceGc {
    private static final Pattern LINE = Pattern.compile(
            "^jvm_gc_pause_seconds_(count|sum)\\{([^}]*)}\\s+(\\S+)", Pattern.MULTILINE);

    /** Collections since the service started: young and full, how many and their pauses in all. */
    public record Totals(long youngCount, double youngMs, long fullCount, double fullMs) {

        /** What happened between {@code before} and this reading. */
        public Map<String, Object> since(Totals before) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("youngCount", youngCount - before.youngCount);
            m.put("youngMs", Math.round(youngMs - before.youngMs));
            m.put("fullCount", fullCount - before.fullCount);
            m.put("fullMs", Math.round(fullMs - before.fullMs));
            return m;
        }
    }

    private ServiceGc() {
    }

    /** The totals of the service at {@code serviceUrl}, or null if its metrics cannot be read. */
    public static Totals read(Http http, String serviceUrl) {
        try {
            HttpResponse<String> r = http.send(http.get(serviceUrl + "/q/metrics", "text/plain"));
            return r.statusCode() == 200 ? parse(r.body()) : null;
        } catch (Exception e) {
            return null;
        }
    }

    static Totals parse(String metrics) {
        long youngCount = 0;
        long fullCount = 0;
        double youngSeconds = 0;
        double fullSeconds = 0;
        Matcher m = LINE.matcher(metrics);
        while (m.find()) {
            boolean full = m.group(2).contains("major");
            double value = Double.parseDouble(m.group(3));
            if (m.group(1).equals("count")) {
                if (full) {
                    fullCount += (long) value;
                } else {
                    youngCount += (long) value;
                }
            } else if (full) {
                fullSeconds += value;
            } else {
                youngSeconds += value;
            }
        }
        return new Totals(youngCount, youngSeconds * 1000, fullCount, fullSeconds * 1000);
    }
}
