package dev.chancery.testsupport.fuzz;

import java.util.List;
import java.util.Set;

/**
 * One operation of an OpenAPI document: its method and path template, parameters, the media types of its body
 * (empty when it takes none), the body's first example (JSON, or {@code null}) and the statuses it declares.
 */
public record ApiOperation(String method, String path, List<ApiParameter> parameters, List<String> bodyMediaTypes,
        String bodyExample, Set<String> declaredStatuses) {

    /** Whether the operation says it answers 401, i.e. needs a bearer token. */
    public boolean secured() {
        return declaredStatuses.contains("401");
    }

    public String label() {
        return method + " " + path;
    }
}
