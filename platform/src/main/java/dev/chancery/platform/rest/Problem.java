package dev.chancery.platform.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details. {@code errors} lists field- or line-level problems; {@code extensions} carries
 * anything else a client can act on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance,
        List<Map<String, Object>> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://chancery.dev/problems/";

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(URI.create(BASE + slug), title, status, detail, null, null);
    }

    public Problem withErrors(List<Map<String, Object>> errors) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
