package dev.chancery.query.rest;

import dev.chancery.query.ask.Contacts;
import dev.chancery.query.ask.GatheringInvitations;
import dev.chancery.query.ask.Interpretation;
import dev.chancery.query.ask.InvitationsBy;
import dev.chancery.query.ask.Timeline;
import dev.chancery.query.projection.InvitationFilter;
import dev.chancery.query.read.ContactQuery;
import dev.chancery.query.read.InvitationQuery;
import dev.chancery.query.read.TimelineQuery;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs the read an interpreted question maps to and yields its rows, exactly as the endpoint would answer. */
@ApplicationScoped
public class AskAnswers {
    private final InvitationQuery invitations;
    private final ContactQuery contacts;
    private final TimelineQuery timelines;

    public AskAnswers(InvitationQuery invitations, ContactQuery contacts, TimelineQuery timelines) {
        this.invitations = invitations;
        this.contacts = contacts;
        this.timelines = timelines;
    }

    public Uni<List<?>> answer(Interpretation interpretation, Instant asOf) {
        if (interpretation instanceof GatheringInvitations g) {
            Set<String> states = g.statuses().stream().map(Enum::name).collect(Collectors.toSet());
            return invitations.at(g.gatheringId(), asOf).map(all -> InvitationFilter.apply(all, states, g.invitee()));
        }
        if (interpretation instanceof InvitationsBy by) {
            return invitations.byInviter(by.actorId(), asOf).map(all -> all);
        }
        if (interpretation instanceof Contacts c) {
            List<String> types = c.type() == null ? ContactQuery.CONTACT_TYPES : List.of(c.type().name());
            return contacts.find(c.actor(), c.counterpart(), types, c.from(), c.to(), asOf).map(all -> all);
        }
        if (interpretation instanceof Timeline t) {
            return timelines.of(t.actorId(), asOf).map(found -> found.orElse(List.of()));
        }
        return Uni.createFrom().item(List.of());
    }
}
