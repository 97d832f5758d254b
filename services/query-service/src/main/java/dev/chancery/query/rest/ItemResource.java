package dev.chancery.query.rest;

import dev.chancery.platform.rest.Problem;
import dev.chancery.query.projection.ArticleProgress;
import dev.chancery.query.projection.Views.EventView;
import dev.chancery.query.read.ArticleProgressQuery;
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

/**
 * One item by id as of a transaction time, a 404 problem when it is unknown then: a diplomatic event with its
 * verdict history, an ingested article's progress through extraction and verification.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("read")
public class ItemResource {
    private final EventQuery events;
    private final ArticleProgressQuery progress;

    public ItemResource(EventQuery events, ArticleProgressQuery progress) {
        this.events = events;
        this.progress = progress;
    }

    @GET
    @Path("/events/{id}")
    @Tag(name = "events")
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
        return events.byId(id, ReadParams.asOf(asOf)).map(found -> ReadParams.found(found, "event", id));
    }

    @GET
    @Path("/articles/{id}/progress")
    @Tag(name = "articles")
    @Operation(summary = "An article's progress", description = "Where the article stands as of asOf: INGESTED "
            + "once chancery.articles.v1 carried it, EXTRACTED once an ArticleExtracted fact did (the latest: claim "
            + "count, extractor version, when), VERIFIED once an event its claims joined has a "
            + "verdict (the latest revision per event).")
    @APIResponse(responseCode = "200", description = "The article's progress", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleProgress.class),
            examples = @ExampleObject(name = "verified", value = ApiExamples.PROGRESS)))
    @APIResponse(responseCode = "404", description = "No such article as of asOf", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = ApiExamples.NOT_FOUND)))
    public Uni<ArticleProgress> progress(
            @Parameter(description = "Article id", example = "8c1a7a55-93f4-5b0e-9d7e-2a4cf0a1b6d2")
            @PathParam("id") String id,
            @Parameter(description = AsOfDoc.TEXT, example = AsOfDoc.EXAMPLE) @QueryParam("asOf") String asOf) {
        return progress.of(id, ReadParams.asOf(asOf)).map(found -> ReadParams.found(found, "article", id));
    }
}
