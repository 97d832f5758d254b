package dev.chancery.query.rest;

import dev.chancery.platform.rest.ProblemException;
import dev.chancery.query.config.StreamConfig;
import dev.chancery.query.read.ChangeLog;
import dev.chancery.query.read.ChangeLog.Change;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Server-sent events of verdict and invitation changes. Event ids are the change log's sequence in PostgreSQL,
 * so a client reconnecting with {@code Last-Event-ID} gets exactly what it missed, then live changes.
 */
@Path("/api/v1/stream")
@RolesAllowed("read")
@Tag(name = "stream")
public class StreamResource {
    private final ChangeLog log;
    private final StreamConfig config;

    public StreamResource(ChangeLog log, StreamConfig config) {
        this.log = log;
        this.config = config;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Verdict and invitation changes", description = "A text/event-stream of changes: event "
            + "name 'verdict' (every new verdict of an event) or 'invitation' (an invitation's state changed); "
            + "data is JSON. Without Last-Event-ID the stream starts with the next change; with it, every change "
            + "after that id is replayed first.")
    @APIResponse(responseCode = "200", description = "The event stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, examples = @ExampleObject(name = "verdict",
            value = ApiExamples.STREAM)))
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "The last event id received; replay starts after it", example = "41")
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "Same as Last-Event-ID, for clients that cannot set headers", example = "41")
            @QueryParam("lastEventId") String lastEventIdParam,
            @Context Sse sse) {
        String resume = lastEventId != null ? lastEventId : lastEventIdParam;
        Uni<Long> start = resume == null ? log.last() : Uni.createFrom().item(parse(resume));
        return start.onItem().transformToMulti(from -> {
            long[] last = {from};
            return Multi.createBy().repeating()
                    .uni(() -> log.after(last[0], config.batch())
                            .call(batch -> batch.isEmpty()
                                    ? Uni.createFrom().voidItem().onItem().delayIt().by(config.poll())
                                    : Uni.createFrom().voidItem())
                            .invoke(batch -> batch.forEach(c -> last[0] = c.seq())))
                    .indefinitely()
                    .onItem().<Change>transformToIterable(List::copyOf)
                    .map(c -> sse.newEventBuilder().id(Long.toString(c.seq())).name(c.kind())
                            .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, c.data()).build());
        });
    }

    private static long parse(String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("invalid-last-event-id", "Last-Event-ID must be a sequence number");
        }
    }
}
