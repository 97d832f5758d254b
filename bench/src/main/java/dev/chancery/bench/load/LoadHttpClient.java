package dev.chancery.bench.load;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.util.concurrent.CompletionStage;

/**
 * The load generator's HTTP client: Vert.x (Netty) on one event loop, HTTP/1.1 keep-alive connections to loopback,
 * bearer token. The JDK's {@code HttpClient} took about 0.3 of a core for 200 responses of 95-135 KB a second
 * (its selector thread and executor hops, measured against a stub server), CPU the platform under test lacked on
 * this 2-core machine; and on 2 cores it started a thread per response (its completion stage runs on
 * {@code CompletableFuture}'s default executor, a thread per task when the common pool has one thread).
 */
public final class LoadHttpClient implements AutoCloseable {
    /** A response: status and body. */
    public record Reply(int status, byte[] body) {
    }

    private static final long IDLE_TIMEOUT_MILLIS = 10_000;
    private final Vertx vertx;
    private final HttpClient client;
    private final String authorization;

    public LoadHttpClient(String token, int maxConnections) {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setInternalBlockingPoolSize(1));
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                new PoolOptions().setHttp1MaxSize(maxConnections).setMaxWaitQueueSize(-1));
        this.authorization = "Bearer " + token;
    }

    public CompletionStage<Reply> get(String url) {
        return send(HttpMethod.GET, url, null);
    }

    public CompletionStage<Reply> postJson(String url, byte[] body) {
        return send(HttpMethod.POST, url, body);
    }

    private CompletionStage<Reply> send(HttpMethod method, String url, byte[] body) {
        Http.requireLoopback(url);
        RequestOptions options = new RequestOptions().setMethod(method).setAbsoluteURI(url)
                .setIdleTimeout(IDLE_TIMEOUT_MILLIS).putHeader("Authorization", authorization)
                .putHeader("Accept", "application/json");
        if (body != null) {
            options.putHeader("Content-Type", "application/json");
        }
        Future<Reply> reply = client.request(options).compose(request -> (body == null ? request.send()
                        : request.send(Buffer.buffer(body)))
                .compose(response -> response.body().map(b -> new Reply(response.statusCode(), b.getBytes()))));
        return reply.toCompletionStage();
    }

    @Override
    public void close() {
        client.close();
        vertx.close();
    }
}
