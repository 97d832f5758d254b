package dev.chancery.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;

/** The bench's HTTP client: loopback only, bearer token, short timeouts. */
public final class Http {
    private final HttpClient client;
    private final String token;

    public Http(String token) {
        this.token = token;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    public static void requireLoopback(String url) {
        String host = URI.create(url).getHost();
        if (!("localhost".equals(host) || "127.0.0.1".equals(host))) {
            throw new IllegalArgumentException("bench load only goes to 127.0.0.1/localhost, not " + host);
        }
    }

    /** The bearer token (handed to the load generator JVM). */
    public String token() {
        return token;
    }

    public HttpClient client() {
        return client;
    }

    public HttpRequest get(String url) {
        return get(url, "application/json");
    }

    /** A GET accepting {@code mediaType} (the metrics endpoint answers 406 to JSON). */
    public HttpRequest get(String url, String mediaType) {
        requireLoopback(url);
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Accept", mediaType).GET().build();
    }

    public HttpRequest postJson(String url, byte[] body) {
        requireLoopback(url);
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
