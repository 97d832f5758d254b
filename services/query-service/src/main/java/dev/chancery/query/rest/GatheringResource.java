package dev.chancery.query.rest;

import dev.chancery.model.reference.ReferenceData;
import dev.chancery.platform.rest.Problem;
import dev.chancery.platform.rest.ProblemException;
import dev.chancery.query.config.CurrentReadConfig;
import dev.chancery.query.projection.GatheringBodies;
import dev.chancery.query.projection.GatheringSearch;
import dev.chancery.query.projection.Views.GatheringView;
import dev.chancery.query.projection.Views.InvitationView;
import dev.chancery.query.read.CurrentInvitations;
import dev.chancery.query.read.InvitationQuery;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/** Gatherings (reference data) and who is invited to them. */
@Path("/api/v1/gatherings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("read")
@Tag(name = "gatherings")
public class GatheringResource {
    private final ReferenceData reference;
    private final GatheringBodies bodies;
    private final InvitationQuery invitations;
    private final CurrentInvitations current;
    private final CurrentReadConfig currentReads;

    public GatheringResource(ReferenceData reference, InvitationQuery invitations, CurrentInvitations current,
            CurrentReadConfig currentReads) {
        this.reference = reference;
        this.bodies = new GatheringBodies(reference.gatherings());
        this.invitations = invitations;
        this.current = current;
        this.currentReads = currentReads;
    }

    @GET
    @Operation(summary = "Search gatherings", description = "By name, alias, host, city and year: \"Miami G20\", "
            + "\"G20 2026\" and \"G-20 summit in Doral\" all find the 2026 G20 summit. Gatherings are reference "
            + "data, the same at every asOf.")
    @APIResponse(responseCode = "200", description = "Matching gatherings", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GatheringView.class,
            type = SchemaType.ARRAY), examples = @ExampleObject(name = "g20", value = ApiExamples.GATHERINGS)))
    public List<GatheringView> search(
            @Parameter(description = "Free text", example = "Miami G20") @QueryParam("q") String q,
            @Parameter(description = AsOfDoc.TEXT, example = AsOfDoc.EXAMPLE) @QueryParam("asOf") String asOf,
            @BeanParam PageParams page) {
        ReadParams.asOf(asOf);
        return page.of(GatheringSearch.search(reference, q).stream()
                .map(g -> new GatheringView(g.id(), g.name(), g.kind(), g.host(), g.city(), g.startDate(),
                        g.endDate(), bodies.bodyOf(g.id()))).toList());
    }

    @GET
    @Path("/{id}/invitations")
    @Operation(summary = "Invitations to a gathering", description = "Who is invited, by whom, where each "
            + "invitation stands (INVITED, ACCEPTED, DECLINED, CONSIDERING, WITHDRAWN, EXCLUDED), how well that is "
            + "established, and the sentences it rests on, as the platform knew it at asOf. Without asOf, the answer "
            + "is the current one or, while a newer one is being computed, one that was current at most "
            + "chancery.query.current.max-staleness ago (2 s by default; the Age header says how many seconds ago); "
            + "Cache-Control: no-cache (or max-age=N) in the request asks for the current one (or a bound of N s).")
    @APIResponse(responseCode = "200", description = "Invitations, one per invitee", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class,
            type = SchemaType.ARRAY), examples = @ExampleObject(name = "g20", value = ApiExamples.INVITATIONS)),
            headers = @Header(name = "Age", description = "Reads without asOf: seconds since the answer was last "
                    + "known current (0: it is)", schema = @Schema(type = SchemaType.INTEGER)))
    @APIResponse(responseCode = "404", description = "Unknown gathering", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = ApiExamples.NOT_FOUND)))
    public Uni<Response> invitations(
            @Parameter(description = "Gathering id", example = "gathering:g20-2026") @PathParam("id") String id,
            @Parameter(description = AsOfDoc.TEXT, example = AsOfDoc.EXAMPLE) @QueryParam("asOf") String asOf,
            @BeanParam InvitationParams filters,
            @BeanParam PageParams page,
            @Parameter(description = "no-cache or max-age=0: the current answer, never an earlier one; max-age=N: "
                    + "one current at most N s ago (reads without asOf)", example = "no-cache")
            @HeaderParam("Cache-Control") String cacheControl) {
        if (reference.gathering(id).isEmpty()) {
            throw ProblemException.notFound("gathering", id);
        }
        UnaryOperator<List<InvitationView>> view = filters.view(page);
        if (asOf == null || asOf.isBlank()) {
            // as of now: one computation per version of the gathering's events, each view written once
            Duration maxStale = ReadParams.maxStale(cacheControl, currentReads.maxStaleness());
            return current.rendered(id, filters.key(page), view, maxStale)
                    .map(r -> Response.ok(r.json(), MediaType.APPLICATION_JSON_TYPE)
                            .header("Age", r.ageMillis() / 1000).build());
        }
        return invitations.at(id, ReadParams.asOf(asOf)).map(rows -> Response.ok(view.apply(rows)).build());
    }
}
