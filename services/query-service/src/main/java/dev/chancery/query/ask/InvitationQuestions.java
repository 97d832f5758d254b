package dev.chancery.query.ask;

import dev.chancery.model.reference.Gathering;
import dev.chancery.model.reference.ReferenceData;

import java.util.List;
import java.util.Optional;

/**
 * Questions about invitations: to one gathering ({@link GatheringInvitations}), or issued by one actor
 * ({@link InvitationsBy}). A country after "to" or "visit" names a visit to it ("invited to Kazakhstan").
 */
final class InvitationQuestions {
    private final ReferenceData data;

    InvitationQuestions(ReferenceData data) {
        this.data = data;
    }

    Optional<Interpretation> interpret(Reading r) {
        if (!r.cues().aboutInvitations()) {
            return Optional.empty();
        }
        Reading visit = r.gathering().named() ? r : VisitGathering.read(r, data);
        if (visit.period().named()) {
            return Optional.of(visit.refuse("invitation questions take no period: ask about one gathering"));
        }
        return Optional.of(visit.gathering().named() ? toGathering(visit) : byActor(visit));
    }

    private static Interpretation toGathering(Reading r) {
        if (!r.gathering().found()) {
            return r.refuse("the gathering must be exactly one known gathering");
        }
        Gathering g = r.gathering().gathering();
        List<ActorMention> invitees = r.actors().stream()
                .filter(a -> !InvitationRoles.isInviter(a, r.words(), r.cues())).toList();
        boolean foreignInviter = r.actors().stream().filter(a -> InvitationRoles.isInviter(a, r.words(), r.cues()))
                .anyMatch(a -> !a.actor().id().equals(g.host()));
        if (foreignInviter) {
            return r.refuse("invitations to " + g.name() + " come from its host " + g.host()
                    + "; invitations from another inviter to it are not tracked");
        }
        if (invitees.size() > 1) {
            return r.refuse("ask about one invitee at a time, or about all of them");
        }
        String invitee = invitees.isEmpty() ? null : invitees.get(0).actor().id();
        return new GatheringInvitations(g.id(), r.cues().states(), invitee);
    }

    private static Interpretation byActor(Reading r) {
        if (r.cues().has(Cue.GATHERING_NOUN)) {
            return r.refuse("no known gathering is named");
        }
        if (!r.cues().states().isEmpty()) {
            return r.refuse("acceptances, refusals and exclusions are asked about for one gathering");
        }
        if (r.actors().size() != 1) {
            return r.refuse("name one gathering, or the one actor whose invitations you want");
        }
        ActorMention a = r.actors().get(0);
        if (!InvitationRoles.isInviter(a, r.words(), r.cues())) {
            return r.refuse("invitations received by " + a.actor().name() + " are asked about per gathering");
        }
        return new InvitationsBy(a.actor().id());
    }
}
