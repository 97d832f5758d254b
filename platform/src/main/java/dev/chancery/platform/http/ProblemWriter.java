package dev.chancery.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.platform.rest.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Ends a Vert.x response with a problem document, for answers given before JAX-RS (and its mappers) runs. */
@ApplicationScoped
public class ProblemWriter {
    static final int MAX_INSTANCE = 512;
    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public void write(RoutingContext ctx, Problem problem) {
        if (ctx.response().headWritten()) {
            ctx.response().end();
            return;
        }
        byte[] body;
        try {
            body = json.writeValueAsBytes(problem.at(instance(ctx.request().path())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document always serialises", e);
        }
        ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Buffer.buffer(body));
    }

    /** The path as the problem's instance, cut where a refused request's path would make the answer large. */
    static String instance(String path) {
        return path == null || path.length() <= MAX_INSTANCE ? path : path.substring(0, MAX_INSTANCE) + "...";
    }
}
