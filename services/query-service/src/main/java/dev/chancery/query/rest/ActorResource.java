package dev.chancery.query.rest;

import dev.chancery.platform.rest.Problem;
import dev.chancery.platform.rest.ProblemException;
import dev.chancery.query.projection.Views.ContactView;
import dev.chancery.query.projection.Views.InvitationView;
import dev.chancery.query.projection.Views.TimelineEntry;
import dev.chancery.query.read.ContactQuery;
import dev.chancery.query.read.InvitationQuery;
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
import java.util.function.UnaryOperator;

/** What involves actors: an actor's timeline, contacts between actors, invitations by an inviter. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("read")
public class ActorResource {
    private final TimelineQuery timeline;
    private final ContactQuery contacts;
    private final InvitationQuery invitations;

    public ActorResource(TimelineQuery timeline, ContactQuery contacts, InvitationQuery invitations) {
        this.timeline = timeline;
        this.contacts = contacts;
        this.invitations = invitations;
    }

    @GET
    @Path("/actors/{id}/timeline")
    @Tag(name = "actors")
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
        return timeline.of(id, ReadParams.asOf(asOf)).map(found -> page.of(ReadParams.found(found, "actor", id)));
    }

    @GET
    @Path("/contacts")
    @Tag(name = "contacts")
    @Operation(summary = "Contacts between actors", description = "Phone calls, visits and meetings involving "
            + "actor (and counterpart, when given), each with its date (valid time), participants, verdict and the "
            + "sentences behind it. actor and counterpart match an actor id or the country an actor stands for.")
    @APIResponse(responseCode = "200", description = "Contacts in valid-time order", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class,
            type = SchemaType.ARRAY), examples = @ExampleObject(name = "call", value = ApiExamples.CONTACTS)))
    public Uni<List<ContactView>> contacts(
            @Parameter(description = "Actor id or country (alpha-3)", required = true, example = "KAZ")
            @QueryParam("actor") String actor,
            @Parameter(description = "The other side: actor id or country", example = "USA")
            @QueryParam("counterpart") String counterpart,
            @Parameter(description = "PHONE_CALL, VISIT or MEETING; all when absent", example = "PHONE_CALL")
            @QueryParam("type") String type,
            @Parameter(description = "Earliest day (valid time, inclusive)", example = "2025-09-01")
            @QueryParam("from") String from,
            @Parameter(description = "Latest day (valid time, inclusive)", example = "2025-12-31")
            @QueryParam("to") String to,
            @Parameter(description = AsOfDoc.TEXT, example = AsOfDoc.EXAMPLE) @QueryParam("asOf") String asOf,
            @BeanParam PageParams page) {
        List<String> types = type == null || type.isBlank() ? ContactQuery.CONTACT_TYPES : List.of(type.trim());
        if (!ContactQuery.CONTACT_TYPES.containsAll(types)) {
            throw ProblemException.badRequest("invalid-type", "type must be one of " + ContactQuery.CONTACT_TYPES);
        }
        String other = counterpart == null || counterpart.isBlank() ? null : counterpart.trim();
        return contacts.find(ReadParams.actor("actor", actor), other, types, ReadParams.date("from", from),
                ReadParams.date("to", to), ReadParams.asOf(asOf)).map(page::of);
    }

    @GET
    @Path("/invitations")
    @Tag(name = "gatherings")
    @Operation(summary = "Invitations by inviter", description = "Invitations to any gathering whose inviter is the "
            + "actor or stands for the country, with status, verification and sources as of asOf.")
    @APIResponse(responseCode = "200", description = "Invitations, one per invitee", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class,
            type = SchemaType.ARRAY), examples = @ExampleObject(name = "by-usa", value = ApiExamples.INVITATIONS)))
    public Uni<List<InvitationView>> byInviter(
            @Parameter(description = "Inviter: actor id or country", required = true, example = "USA")
            @QueryParam("inviter") String inviter,
            @Parameter(description = AsOfDoc.TEXT, example = AsOfDoc.EXAMPLE) @QueryParam("asOf") String asOf,
            @BeanParam InvitationParams filters,
            @BeanParam PageParams page) {
        UnaryOperator<List<InvitationView>> view = filters.view(page);
        return invitations.byInviter(ReadParams.actor("inviter", inviter), ReadParams.asOf(asOf)).map(view);
    }
}
