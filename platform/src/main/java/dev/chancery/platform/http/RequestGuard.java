package dev.chancery.platform.http;

import dev.chancery.platform.config.HttpLimitsConfig;
import dev.chancery.platform.rest.Problem;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * Refuses, before any other route (authentication, JAX-RS, the database), a request over the {@link RequestLimits}
 * or with a {@link RequestTarget} no API could accept, with a problem document.
 */
@ApplicationScoped
public class RequestGuard {
    private final RequestLimits limits;
    private final ProblemWriter writer;

    public RequestGuard(HttpLimitsConfig config, ProblemWriter writer) {
        this.limits = new RequestLimits(config.maxRequestLine(), config.maxHeaderBytes());
        this.writer = writer;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    void check(RoutingContext ctx) {
        String target = ctx.request().uri();
        Optional<Problem> problem = limits.check(
                RequestLimits.requestLineLength(ctx.request().method().name(), target), ctx.request().headers())
                .or(() -> RequestTarget.check(target));
        if (problem.isPresent()) {
            writer.write(ctx, problem.get());
        } else {
            ctx.next();
        }
    }
}
