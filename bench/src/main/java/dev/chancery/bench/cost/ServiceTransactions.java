package dev.chancery.bench.cost;

import dev.chancery.bench.load.Http;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A service's transactions since it started, from its Micrometer metrics ({@code /q/metrics}, no token needed). */
public final class ServiceTransactions {
    private static final Pattern LINE = Pattern.compile(
            "^chancery_store_transactions_total\\{[^}]*}\\s+(\\S+)", Pattern.MULTILINE);

    private ServiceTransactions() {
    }

    /** Committed and rolled back, or -1 if the metrics cannot be read. */
    public static long read(Http http, String serviceUrl) {
        try {
            HttpResponse<String> r = http.send(http.get(serviceUrl + "/q/metrics", "text/plain"));
            return r.statusCode() == 200 ? parse(r.body()) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    /** The sum over outcomes of the counter in a Prometheus text exposition. */
    static long parse(String metrics) {
        double total = 0;
        Matcher m = LINE.matcher(metrics);
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return Math.round(total);
    }
}
