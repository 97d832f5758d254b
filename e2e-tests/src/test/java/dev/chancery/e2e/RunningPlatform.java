package dev.chancery.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.embedded.TokenIssuer;
import dev.chancery.embedded.launcher.EmbeddedPlatform;
import dev.chancery.embedded.launcher.LaunchOptions;
import dev.chancery.embedded.launcher.Supervision;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

/** The four built services on one real broker and one real PostgreSQL, with an HTTP client that signs its calls. */
final class RunningPlatform implements AutoCloseable {
    static final Path HOME = Path.of(System.getProperty("chancery.home", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final EmbeddedPlatform platform;
    private final TokenIssuer tokens;
    private final Path data;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningPlatform(EmbeddedPlatform platform, TokenIssuer tokens, Path data) {
        this.platform = platform;
        this.tokens = tokens;
        this.data = data;
    }

    static RunningPlatform start() throws Exception {
        return start(java.util.List.of());
    }

    /** With {@code jvmOptions} added to every service's (system properties, say). */
    static RunningPlatform start(java.util.List<String> jvmOptions) throws Exception {
        Path data = Files.createTempDirectory("chancery-e2e-");
        LaunchOptions o = LaunchOptions.onFreePorts(HOME, data, false);
        java.util.List<String> options = new java.util.ArrayList<>(o.jvmOptions());
        options.addAll(jvmOptions);
        EmbeddedPlatform platform = EmbeddedPlatform.start(new LaunchOptions(o.home(), o.dataDir(), o.ports(),
                o.kafkaPort(), o.postgresPort(), o.durable(), options, o.replicas()));
        return new RunningPlatform(platform, new TokenIssuer(platform.keys().privateKey()), data);
    }

    String url(String service) {
        return platform.urls().get(service);
    }

    /** The broker's address, for tests that write to or read from topics directly. */
    String bootstrapServers() {
        return platform.kafka().bootstrapServers();
    }

    /** How the launcher's supervision of an instance stands: its process, state and restarts. */
    Supervision supervision(String instance) {
        return platform.supervision().get(instance);
    }

    /** Runs that many replicas of the service from now on. */
    void scale(String service, int replicas) throws Exception {
        platform.scale(service, replicas);
    }

    /** How many partitions each member of the consumer group holds, once the group is stable. */
    java.util.List<Integer> partitionsPerMember(String group) throws Exception {
        try (var admin = org.apache.kafka.clients.admin.Admin.create(
                java.util.Map.of("bootstrap.servers", platform.kafka().bootstrapServers()))) {
            var description = admin.describeConsumerGroups(java.util.List.of(group)).all().get().get(group);
            return description.members().stream().map(m -> m.assignment().topicPartitions().size()).sorted().toList();
        }
    }

    /** A bearer token with role read issued then, as a person would paste it into the dashboard. */
    String readToken(java.time.Instant issuedAt, Duration validFor) {
        return tokens.issue("e2e", issuedAt, validFor, "read");
    }

    /** Posts an article given as JSON text. */
    HttpResponse<String> postArticle(String json) throws Exception {
        Path file = Files.createTempFile(data, "article-", ".json");
        Files.writeString(file, json);
        return postArticle(file);
    }

    HttpResponse<String> postArticle(Path file) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("ingestion") + "/api/v1/articles"))
                .header("Authorization", "Bearer " + tokens.issue("e2e", Duration.ofHours(1), "ingest"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    JsonNode get(String service, String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(service) + pathAndQuery))
                .header("Authorization", "Bearer " + tokens.issue("e2e", Duration.ofHours(1), "read"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        return JSON.createObjectNode().put("status", response.statusCode()).set("body", body);
    }

    /** Polls until the answer satisfies the condition; returns the last answer either way. */
    JsonNode await(String service, String pathAndQuery, Predicate<JsonNode> condition, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = get(service, pathAndQuery);
        while (!condition.test(last) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            last = get(service, pathAndQuery);
        }
        return last;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        platform.close();
        if (!Boolean.getBoolean("chancery.e2e.keep")) {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
