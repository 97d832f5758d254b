package dev.chancery.platform.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.platform.rest.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the API requests a service works on at once ({@code chancery.http.max-in-flight}): beyond it a request is
 * answered at once with 503 problem+json and {@code Retry-After}, before authentication or any other work, so an
 * overload sheds the excess instead of queueing every request until all of them time out and hold memory. Only
 * {@code /api/} is bounded: health, metrics and OpenAPI under {@code /q/} always answer.
 */
@ApplicationScoped
public class InFlightLimit {
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int max;
    private final byte[] overloaded;

    public InFlightLimit(@ConfigProperty(name = "chancery.http.max-in-flight", defaultValue = "256") int max,
            ObjectMapper json) throws JsonProcessingException {
        this.max = max;
        this.overloaded = json.writeValueAsBytes(Problem.of(503, "overloaded", "Service overloaded",
                "More than " + max + " requests are in progress (chancery.http.max-in-flight); retry after the "
                        + "Retry-After delay."));
    }

    void register(@Observes Router router) {
        // before every other route, so that a shed request costs no authentication, parsing or database work
        router.route("/api/*").order(Integer.MIN_VALUE).handler(this::admit);
    }

    void admit(RoutingContext ctx) {
        if (inFlight.incrementAndGet() > max) {
            inFlight.decrementAndGet();
            ctx.response().setStatusCode(503).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Retry-After", "1").end(Buffer.buffer(overloaded));
            return;
        }
        ctx.addEndHandler(done -> inFlight.decrementAndGet());
        ctx.next();
    }

    /** Requests in progress now (for tests and metrics). */
    public int inFlight() {
        return inFlight.get();
    }
}
