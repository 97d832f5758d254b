package dev.chancery.query.rest;

import dev.chancery.platform.rest.ProblemException;
import dev.chancery.query.projection.Views.ContactView;
import dev.chancery.query.read.ContactQuery;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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

/** Calls, visits and meetings between actors. */
@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("read")
@Tag(name = "contacts")
public class ContactResource {
    private final ContactQuery contacts;

    public ContactResource(ContactQuery contacts) {
        this.contacts = contacts;
    }

    @GET
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
        if (actor == null || actor.isBlank()) {
            throw ProblemException.badRequest("missing-actor", "actor is required (an actor id or alpha-3 code)");
        }
        List<String> types = type == null || type.isBlank() ? ContactQuery.CONTACT_TYPES : List.of(type.trim());
        if (!ContactQuery.CONTACT_TYPES.containsAll(types)) {
            throw ProblemException.badRequest("invalid-type", "type must be one of " + ContactQuery.CONTACT_TYPES);
        }
        String other = counterpart == null || counterpart.isBlank() ? null : counterpart.trim();
        return contacts.find(actor.trim(), other, types, ReadParams.date("from", from), ReadParams.date("to", to),
                ReadParams.asOf(asOf)).map(page::of);
    }
}
