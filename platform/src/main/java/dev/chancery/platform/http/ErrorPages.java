package dev.chancery.platform.http;

import dev.chancery.platform.rest.Problem;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.stream.IntStream;

/**
 * Answers with a problem document what the HTTP layer decides before or around JAX-RS: no route (404), a route
 * failure (its status, else 500) and the statuses Vert.x Web sets itself. Security failures are left to Quarkus,
 * which adds the {@code WWW-Authenticate} challenge.
 */
@ApplicationScoped
public class ErrorPages {
    private static final Logger LOG = Logger.getLogger(ErrorPages.class);
    private final ProblemWriter writer;

    public ErrorPages(ProblemWriter writer) {
        this.writer = writer;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        IntStream.of(400, 401, 403, 404, 405, 406, 408, 411, 413, 414, 415, 416, 429, 431, 500, 501, 503)
                .forEach(status -> router.errorHandler(status, ctx -> writer.write(ctx, problem(status, null))));
    }

    void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationException || failure instanceof AuthenticationFailedException
                || failure instanceof UnauthorizedException || failure instanceof ForbiddenException) {
            ctx.next();
            return;
        }
        int status = failure instanceof HttpException http ? http.getStatusCode()
                : ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status >= 500) {
            LOG.error("unexpected failure on " + ctx.request().path(), failure);
        }
        writer.write(ctx, problem(status, status >= 500 || failure == null ? null : failure.getMessage()));
    }

    static Problem problem(int status, String detail) {
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        String slug = status == 500 ? "internal-error" : title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return Problem.of(status, slug, status == 500 ? "Internal error" : title, detail != null ? detail
                : status >= 500 ? "the request failed on our side; it was logged" : title);
    }
}
