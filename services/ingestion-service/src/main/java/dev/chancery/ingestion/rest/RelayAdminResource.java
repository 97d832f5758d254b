package dev.chancery.ingestion.rest;

import dev.chancery.platform.outbox.OutboxRelay;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/v1/admin/relay}: whether this instance publishes the outbox, and how far it has got. */
@Path("/api/v1/admin/relay")
@Tag(name = "administration")
@RolesAllowed(Roles.ADMIN)
public class RelayAdminResource {
    private final OutboxRelay relay;

    public RelayAdminResource(OutboxRelay relay) {
        this.relay = relay;
    }

    /** @param checkpoint position of the last fact published, -1 before the first round */
    public record RelayStatus(boolean running, long checkpoint) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Outbox relay status")
    public RelayStatus status() {
        return new RelayStatus(relay.running(), relay.checkpoint());
    }
}
