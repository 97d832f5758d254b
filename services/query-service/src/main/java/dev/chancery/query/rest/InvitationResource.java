package dev.chancery.query.rest;

import dev.chancery.platform.rest.ProblemException;
import dev.chancery.query.projection.InvitationFilter;
import dev.chancery.query.projection.SourceLimit;
import dev.chancery.query.projection.Views.InvitationView;
import dev.chancery.query.read.InvitationQuery;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import java.util.Set;

/** Invitations across gatherings, by inviter ("whom has Kazakhstan invited?"). */
@Path("/api/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("read")
@Tag(name = "gatherings")
public class InvitationResource {
    private final InvitationQuery invitations;

    public InvitationResource(InvitationQuery invitations) {
        this.invitations = invitations;
    }

    @GET
    @Operation(summary = "Invitations by inviter", description = "Invitations to any gathering whose inviter is the "
            + "actor or stands for the country, with status, verification and sources as of asOf.")
    @APIResponse(responseCode = "200", description = "Invitations, one per invitee", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class,
            type = SchemaType.ARRAY), examples = @ExampleObject(name = "by-usa", value = ApiExamples.INVITATIONS)))
    public Uni<List<InvitationView>> byInviter(
            @Parameter(description = "Inviter: actor id or country", required = true, example = "USA")
            @QueryParam("inviter") String inviter,
            @Parameter(description = "Only these states (comma-separated)", example = "INVITED")
            @QueryParam("status") String status,
            @Parameter(description = "Only this invitee: actor id or country", example = "KAZ")
            @QueryParam("invitee") String invitee,
            @Parameter(description = AsOfDoc.TEXT, example = AsOfDoc.EXAMPLE) @QueryParam("asOf") String asOf,
            @Parameter(description = SourceDoc.MAX) @QueryParam("sources") @DefaultValue("50") int sources,
            @Parameter(description = SourceDoc.ORDER) @QueryParam("sourceOrder") @DefaultValue("oldest")
            String sourceOrder,
            @BeanParam PageParams page) {
        if (inviter == null || inviter.isBlank()) {
            throw ProblemException.badRequest("missing-inviter", "inviter is required (an actor id or alpha-3 code)");
        }
        Set<String> states = ReadParams.statuses(status);
        SourceLimit limit = ReadParams.sourceLimit(sources, sourceOrder);
        return invitations.byInviter(inviter.trim(), ReadParams.asOf(asOf))
                .map(all -> limit.apply(page.of(InvitationFilter.apply(all, states, invitee))));
    }
}
