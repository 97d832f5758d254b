package dev.chancery.query.rest;

import dev.chancery.model.reference.ReferenceData;
import dev.chancery.platform.rest.Problem;
import dev.chancery.platform.rest.ProblemException;
import dev.chancery.query.projection.ActorNames;
import dev.chancery.query.projection.Views.TimelineEntry;
import dev.chancery.query.read.TimelineQuery;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Everything involving one actor. */
@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("read")
@Tag(name = "actors")
public class ActorResource {
    private final TimelineQuery timeline;
    private final ReferenceData reference;

    public ActorResource(TimelineQuery timeline, ReferenceData reference) {
        this.timeline = timeline;
        this.reference = reference;
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "An actor's timeline", description = "Every diplomatic event involving the actor (or, "
            + "for a state, any actor standing for it), in valid-time order, with verdicts and sources as of asOf.")
    @APIResponse(responseCode = "200", description = "Timeline entries", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TimelineEntry.class,
            type = SchemaType.ARRAY), examples = @ExampleObject(name = "kaz", value = ApiExamples.TIMELINE)))
    @APIResponse(responseCode = "404", description = "Unknown actor with no events", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = ApiExamples.NOT_FOUND)))
    public Uni<List<TimelineEntry>> timeline(
            @Parameter(description = "Actor id: alpha-3, person:slug or org:slug", example = "KAZ")
            @PathParam("id") String id,
            @Parameter(description = AsOfDoc.TEXT, example = AsOfDoc.EXAMPLE) @QueryParam("asOf") String asOf,
            @BeanParam PageParams page) {
        return timeline.of(id, ReadParams.asOf(asOf)).map(all -> {
            if (all.isEmpty() && !ActorNames.known(id, reference)) {
                throw ProblemException.notFound("actor", id);
            }
            return page.of(all);
        });
    }
}
