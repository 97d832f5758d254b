package dev.chancery.query.rest;

import dev.chancery.platform.rest.Problem;
import dev.chancery.platform.rest.ProblemException;
import dev.chancery.query.messaging.ProjectionRebuilds;
import dev.chancery.query.projection.ProjectionName;
import dev.chancery.query.projection.Views.ProjectionStatusView;
import dev.chancery.query.state.ProjectionStateRepository;
import dev.chancery.query.state.ProjectionStateRow;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Projection administration: rebuild from the topics while serving, and progress. */
@Path("/api/v1/admin/projections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "admin")
public class AdminResource {
    private static final String REBUILD = ":rebuild";
    private final ProjectionStateRepository states;
    private final ProjectionRebuilds rebuilds;

    public AdminResource(ProjectionStateRepository states, ProjectionRebuilds rebuilds) {
        this.states = states;
        this.rebuilds = rebuilds;
    }

    @GET
    @Operation(summary = "Projections and rebuild progress", description = "Per projection (articles, claims, "
            + "events): the generation reads use, the one being rebuilt, facts applied, lag and state "
            + "(LIVE, REBUILDING, FAILED).")
    @APIResponse(responseCode = "200", description = "Projection states", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectionStatusView.class,
            type = SchemaType.ARRAY), examples = @ExampleObject(name = "rebuilding", value = ApiExamples.PROJECTIONS)))
    public Uni<List<ProjectionStatusView>> projections() {
        return Panache.withSession(() -> states.all()).map(rows -> rows.stream().map(AdminResource::view).toList());
    }

    @POST
    @Path("/{command}")
    @Operation(summary = "Rebuild a projection", description = "Replays the projection's topic from the beginning "
            + "into a fresh generation while reads are served from the current one, then switches atomically. "
            + "Answers at once; follow progress on GET /api/v1/admin/projections.")
    @APIResponse(responseCode = "202", description = "Rebuild started", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectionStatusView.class),
            examples = @ExampleObject(name = "started", value = "{\"name\":\"events\",\"state\":\"REBUILDING\","
                    + "\"activeGeneration\":1,\"buildingGeneration\":2,\"factsApplied\":0,\"lag\":0}")))
    @APIResponse(responseCode = "404", description = "Unknown projection", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "A rebuild of this projection is running", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> rebuild(
            @Parameter(description = "<projection>:rebuild, projection one of articles, claims, events",
                    example = "events:rebuild") @PathParam("command") String command) {
        String name = command.endsWith(REBUILD) ? command.substring(0, command.length() - REBUILD.length()) : command;
        ProjectionName projection = ProjectionName.byId(name).filter(p -> command.endsWith(REBUILD))
                .orElseThrow(() -> ProblemException.notFound("projection command", command));
        return rebuilds.start(projection).chain(generation -> {
            if (generation.isEmpty()) {
                throw new ProblemException(Problem.of(409, "rebuild-running", "Conflict",
                        "projection " + name + " is already rebuilding"));
            }
            return Panache.withSession(() -> states.of(projection))
                    .map(state -> Response.accepted(view(state)).build());
        });
    }

    static ProjectionStatusView view(ProjectionStateRow s) {
        return new ProjectionStatusView(s.name, s.state, s.activeGeneration, s.buildingGeneration, s.factsApplied,
                s.lag, s.startedAt, s.finishedAt, s.error);
    }
}
