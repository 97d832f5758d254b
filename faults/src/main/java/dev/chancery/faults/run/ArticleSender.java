package dev.chancery.faults.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.faults.run.GeneratedArticles.Article;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Posts articles to ingestion as a careful client does: a refused connection, a timeout or a 5xx is retried (the
 * API is idempotent, so a retry of an article already stored is answered 200 duplicate) until the deadline.
 */
final class ArticleSender {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP = Duration.ofMinutes(3);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Supplier<String> ingestionUrl;
    private final String token;

    /** {@code ingestionUrl} is asked on every attempt: a restarted instance keeps its port, but stay honest. */
    ArticleSender(Supplier<String> ingestionUrl, String token) {
        this.ingestionUrl = ingestionUrl;
        this.token = token;
    }

    /** The id answered with 201 or 200; fails after {@link #GIVE_UP} of refusals. */
    String postOne(Article article) throws Exception {
        JsonNode answer = send("/api/v1/articles", "application/json", article.json().getBytes());
        return answer.path("id").asText();
    }

    /** The ids of the batch's accepted and duplicate lines, in line order; a rejected line fails the call. */
    List<String> postBatch(List<Article> articles) throws Exception {
        JsonNode answer = send("/api/v1/articles:batch", "application/x-ndjson", GeneratedArticles.ndjson(articles));
        List<String> ids = new ArrayList<>();
        for (JsonNode line : answer.path("results")) {
            String status = line.path("status").asText();
            if (!"accepted".equals(status) && !"duplicate".equals(status)) {
                throw new IllegalStateException("batch line " + line.path("line") + " " + status + ": " + line);
            }
            ids.add(line.path("id").asText());
        }
        return ids;
    }

    private JsonNode send(String path, String mediaType, byte[] body) throws Exception {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ingestionUrl.get() + path))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", mediaType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 || r.statusCode() == 201) {
                    return JSON.readTree(r.body());
                }
                last = r.statusCode() + " " + r.body();
                if (r.statusCode() < 500 && r.statusCode() != 429) {
                    throw new IllegalStateException(path + " answered " + last);
                }
            } catch (IOException refusedOrTimedOut) {
                last = refusedOrTimedOut.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(path + " still refused after " + GIVE_UP + ": " + last);
    }
}
