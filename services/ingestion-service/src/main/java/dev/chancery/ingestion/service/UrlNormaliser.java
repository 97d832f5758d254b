package dev.chancery.ingestion.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reduces an article URL to the key that identifies the article: the same story reached through a newsletter
 * link, a share button or a differently-typed host gets the same key. Rules are listed in docs/api-ingestion.md.
 */
public final class UrlNormaliser {
    /** Query parameters that track the reader, not the article. */
    static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "twclid",
            "igshid", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
            "ocid", "cmpid", "s_cid", "smid", "at_medium", "at_campaign");
    private static final Pattern PERCENT = Pattern.compile("%[0-9a-fA-F]{2}");

    /** The normalised form; fails with a human message when the text is not an absolute http(s) URL. */
    public String normalise(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("must be an absolute http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("has no host");
        }
        StringBuilder out = new StringBuilder(scheme).append("://").append(host(uri.getHost()));
        if (uri.getPort() != -1 && uri.getPort() != ("http".equals(scheme) ? 80 : 443)) {
            out.append(':').append(uri.getPort());
        }
        out.append(path(uri.getRawPath()));
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String host(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        // a fully-qualified host ("example.org.") names the same server
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static String path(String rawPath) {
        String path = upperPercent(rawPath == null ? "" : rawPath).replaceAll("/{2,}", "/");
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    private static String query(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        return Arrays.stream(rawQuery.split("[&;]"))
                .filter(p -> !p.isEmpty() && !isTracking(p))
                .map(UrlNormaliser::upperPercent)
                .sorted()
                .collect(Collectors.joining("&"));
    }

    private static boolean isTracking(String param) {
        int eq = param.indexOf('=');
        String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING.contains(name);
    }

    private static String upperPercent(String text) {
        Matcher m = PERCENT.matcher(text);
        return m.replaceAll(r -> r.group().toUpperCase(Locale.ROOT));
    }
}
