package dev.chancery.query.rest;

import dev.chancery.platform.rest.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Map;

/**
 * Adds the problem responses every API operation can give (400, 401, 403), with examples, so that each
 * operation's document is complete without repeating them on every method.
 */
public class OpenApiProblems implements OASFilter {
    private static final Map<String, String[]> COMMON = Map.of(
            "400", new String[] {"Invalid parameter", ApiExamples.BAD_REQUEST},
            "401", new String[] {"No or invalid bearer token", ApiExamples.UNAUTHORIZED},
            "403", new String[] {"The token lacks the role", ApiExamples.FORBIDDEN});

    @Override
    public PathItem filterPathItem(PathItem item) {
        if (item.getOperations() != null) {
            item.getOperations().values().forEach(OpenApiProblems::addCommon);
        }
        return item;
    }

    private static void addCommon(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        COMMON.forEach((status, text) -> {
            if (operation.getResponses().getAPIResponse(status) == null) {
                operation.getResponses().addAPIResponse(status, response(text[0], text[1]));
            }
        });
    }

    private static APIResponse response(String description, String example) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))
                        .addExample("problem", OASFactory.createExample().value(example))));
    }
}
