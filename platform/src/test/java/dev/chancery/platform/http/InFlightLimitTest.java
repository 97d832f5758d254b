package dev.chancery.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Over HTTP on a real Vert.x server: two requests in flight at most, the third shed with a problem, /q never. */
class InFlightLimitTest {
    Vertx vertx;
    HttpServer server;
    InFlightLimit limit;
    final CopyOnWriteArrayList<RoutingContext> held = new CopyOnWriteArrayList<>();
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        limit = new InFlightLimit(2, new ObjectMapper());
        Router router = Router.router(vertx);
        limit.register(router);
        router.get("/api/hold").handler(held::add);
        router.get("/api/now").handler(ctx -> ctx.end("ok"));
        router.get("/q/health").handler(ctx -> ctx.end("UP"));
        server = vertx.createHttpServer().requestHandler(router).listen(0).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void requestsBeyondTheLimitAreShedUntilOneEnds() throws Exception {
        CompletableFuture<HttpResponse<String>> first = send("/api/hold");
        CompletableFuture<HttpResponse<String>> second = send("/api/hold");
        until(() -> held.size() == 2);
        assertThat(limit.inFlight()).isEqualTo(2);

        HttpResponse<String> shed = send("/api/now").get(10, TimeUnit.SECONDS);
        assertThat(shed.statusCode()).isEqualTo(503);
        assertThat(shed.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(shed.headers().firstValue("Retry-After")).contains("1");
        assertThat(shed.body()).contains("\"status\":503").contains("https://chancery.dev/problems/overloaded")
                .contains("chancery.http.max-in-flight");
        assertThat(send("/q/health").get(10, TimeUnit.SECONDS).statusCode()).as("/q is never shed").isEqualTo(200);

        held.get(0).end("done"); // either of the two: they may arrive in any order
        assertThat(CompletableFuture.anyOf(first, second).get(10, TimeUnit.SECONDS)).isNotNull();
        until(() -> limit.inFlight() == 1);
        assertThat(send("/api/now").get(10, TimeUnit.SECONDS).body()).isEqualTo("ok");
        held.get(1).end("done");
        assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(second.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        until(() -> limit.inFlight() == 0);
    }

    @Test
    void aRequestWhoseClientGoesAwayNoLongerCounts() throws Exception {
        try (Socket socket = new Socket("localhost", server.actualPort())) {
            socket.getOutputStream().write("GET /api/hold HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            until(() -> held.size() == 1);
            assertThat(limit.inFlight()).isEqualTo(1);
        }
        until(() -> limit.inFlight() == 0);
        assertThat(held).hasSize(1);
    }

    static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    CompletableFuture<HttpResponse<String>> send(String path) {
        return client.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + server.actualPort() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
