package dev.chancery.query.rest;

import dev.chancery.platform.rest.Problem;
import dev.chancery.platform.rest.ProblemException;
import dev.chancery.query.projection.Views.EventView;
import dev.chancery.query.read.EventQuery;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One diplomatic event with its claims and verdict history. */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("read")
@Tag(name = "events")
public class EventResource {
    private final EventQuery events;

    public EventResource(EventQuery events) {
        this.events = events;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A diplomatic event", description = "The event as of asOf: its verdict and rationale, the "
            + "claims for and against it down to the sentence, and every verdict recorded by then (EventVerified "
            + "and each VerdictRevised with revision, verdict, state, rationale and recordedAt).")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventView.class),
            examples = @ExampleObject(name = "refuted-call", value = ApiExamples.EVENT)))
    @APIResponse(responseCode = "404", description = "No such event as of asOf", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = ApiExamples.NOT_FOUND)))
    public Uni<EventView> event(
            @Parameter(description = "Diplomatic event id", example = "ev-2c77") @PathParam("id") String id,
            @Parameter(description = AsOfDoc.TEXT, example = AsOfDoc.EXAMPLE) @QueryParam("asOf") String asOf) {
        return events.byId(id, ReadParams.asOf(asOf))
                .map(found -> found.orElseThrow(() -> ProblemException.notFound("event", id)));
    }
}
