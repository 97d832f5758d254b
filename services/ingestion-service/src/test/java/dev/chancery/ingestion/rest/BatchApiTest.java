package dev.chancery.ingestion.rest;

import dev.chancery.testsupport.TestInfrastructureResource;
import dev.chancery.ingestion.Fixtures;
import dev.chancery.ingestion.Tokens;
import dev.chancery.platform.store.FactStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(TestInfrastructureResource.class)
class BatchApiTest {
    private static final String NDJSON = "application/x-ndjson";

    @Inject
    FactStore store;

    @Test
    void eachLineIsAnsweredOnItsOwnAndGoodLinesAreStored() throws Exception {
        Map<String, Object> first = Fixtures.article();
        Map<String, Object> noUrl = Fixtures.article("url", null);
        String body = String.join("\n",
                Fixtures.json(first),
                Fixtures.json(first),
                "",
                "{\"title\": \"broken",
                Fixtures.json(Fixtures.article("publishedAt", "the day before yesterday")),
                Fixtures.json(noUrl),
                Fixtures.json(Fixtures.article("body", "z".repeat(300 * 1024))),
                Fixtures.json(Fixtures.article("language", "xx"))) + "\n";

        HttpResponse<String> response = postBatch(Tokens.ingest(), NDJSON,
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonPath report = JsonPath.from(response.body());

        assertThat(report.getList("results.line", Integer.class)).containsExactly(1, 2, 4, 5, 6, 7, 8);
        assertThat(report.getList("results.status", String.class)).containsExactly(
                "accepted", "duplicate", "rejected", "rejected", "accepted", "rejected", "rejected");
        assertThat(report.getString("results[1].id")).isEqualTo(report.getString("results[0].id"));
        assertThat(report.getString("results[2].problem.type")).endsWith("/malformed-json");
        assertThat(report.getString("results[3].problem.errors[0].field")).isEqualTo("publishedAt");
        assertThat(report.getInt("results[5].problem.status")).isEqualTo(413);
        assertThat(report.getString("results[6].problem.errors[0].code")).isEqualTo("unsupported-language");
        assertThat(report.getInt("accepted")).isEqualTo(2);
        assertThat(report.getInt("duplicate")).isEqualTo(1);
        assertThat(report.getInt("rejected")).isEqualTo(4);
        assertThat(report.getBoolean("complete")).isTrue();
        assertThat(store.readStream(report.getString("results[4].id")).await().indefinitely()).hasSize(1);
    }

    @Test
    void aLargeBatchIsReadAsAStream() throws Exception {
        int articles = 400;
        String outlet = "Batch outlet " + UUID.randomUUID();
        HttpResponse<String> response = postBatch(Tokens.ingest(), NDJSON, generated(articles, outlet));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonPath report = JsonPath.from(response.body());

        assertThat(report.getInt("lines")).isEqualTo(articles);
        assertThat(report.getInt("accepted")).isEqualTo(articles);
        given().header("Authorization", Tokens.read()).queryParam("outlet", outlet).queryParam("size", 1)
                .get("/api/v1/articles").then().statusCode(200).body("total", equalTo(articles));
    }

    @Test
    void wrongContentTypeAndMissingOrWeakTokensAreProblems() throws Exception {
        for (String[] call : new String[][] {{Tokens.ingest(), "application/json", "415"}, {null, NDJSON, "401"},
                {Tokens.read(), NDJSON, "403"}}) {
            HttpResponse<String> response = postBatch(call[0], call[1], new ByteArrayInputStream(
                    Fixtures.json(Fixtures.article()).getBytes(StandardCharsets.UTF_8)));
            assertThat(response.statusCode()).isEqualTo(Integer.parseInt(call[2]));
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    /** Posts with the JDK client: the path keeps its colon and an InputStream body is sent chunked, as it is read. */
    private static HttpResponse<String> postBatch(String authorization, String contentType, InputStream body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/articles:batch"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** NDJSON generated line by line as the client sends it (chunked), never as one string. */
    private static InputStream generated(int count, String outlet) {
        return new SequenceInputStream(new Enumeration<>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next < count;
            }

            @Override
            public InputStream nextElement() {
                next++;
                Map<String, Object> a = Fixtures.article("outlet", outlet);
                return new ByteArrayInputStream((Fixtures.json(a) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
    }
}
