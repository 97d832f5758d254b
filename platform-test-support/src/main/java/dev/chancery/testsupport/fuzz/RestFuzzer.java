package dev.chancery.testsupport.fuzz;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sends the {@link FuzzPlan} of every operation of a service's OpenAPI document, and of a path no service serves,
 * and checks each answer.
 */
public final class RestFuzzer {
    static final ApiOperation NO_SUCH_PATH = new ApiOperation("GET", "/api/v1/no-such-resource/{id}",
            List.of(new ApiParameter("id", "path", "string", null, null, null, true, List.of(), null)), List.of(),
            null, java.util.Set.of("404"));
    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public RestFuzzer(URI base) {
        this.base = base;
    }

    /** Fetches {@code /q/openapi?format=json} and fuzzes each of its operations with {@code plan}. */
    public FuzzReport run(String service, FuzzPlan plan) throws Exception {
        String doc = client.send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        SortedMap<Integer, Integer> perStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<ApiOperation> operations = new ArrayList<>(OpenApiOperations.parse(doc));
        operations.add(NO_SUCH_PATH);
        for (ApiOperation op : operations) {
            for (FuzzRequest request : plan.requests(op)) {
                send(request, perStatus, failures);
            }
        }
        return new FuzzReport(service, perStatus, failures);
    }

    private void send(FuzzRequest request, Map<Integer, Integer> perStatus, List<String> failures) throws Exception {
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + request.target()))
                    .timeout(Duration.ofSeconds(20))
                    .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            request.headers().forEach(h -> builder.header(h.getKey(), h.getValue()));
        } catch (IllegalArgumentException notSendable) {
            return; // java.net.http refuses to send it (e.g. a header it restricts): no server could see it either
        }
        HttpResponse<InputStream> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (InputStream in = response.body()) {
            // a stream (server-sent events) never ends: only error bodies are read
            body = response.statusCode() >= 400 ? in.readAllBytes() : new byte[0];
        }
        perStatus.merge(response.statusCode(), 1, Integer::sum);
        AnswerCheck.check(request, response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                body).ifPresent(why -> failures.add(request.method() + " " + abbreviate(request.target()) + " ("
                + request.label().replaceAll("\\p{Cntrl}", "?") + bodyStart(request) + "): " + why + " "
                + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)));
    }

    private static String bodyStart(FuzzRequest request) {
        return request.body() == null ? "" : ", body " + abbreviate(new String(request.body(), 0,
                Math.min(request.body().length, 200), StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "?"));
    }

    private static String abbreviate(String target) {
        return target.length() > 120 ? target.substring(0, 120) + "...(" + target.length() + ")" : target;
    }
}
