package dev.chancery.query.web;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Makes browsers revalidate the dashboard's files (META-INF/resources) on every load: their names carry no version,
 * and Quarkus would otherwise let a browser keep a day-old script after a release.
 */
@ApplicationScoped
public class DashboardCaching {
    static final String REVALIDATE = "no-cache";

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::revalidate);
    }

    void revalidate(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
            // set as the headers go out, over what the static handler wrote
            ctx.addHeadersEndHandler(done -> ctx.response().headers().set("Cache-Control", REVALIDATE));
        }
        ctx.next();
    }
}
