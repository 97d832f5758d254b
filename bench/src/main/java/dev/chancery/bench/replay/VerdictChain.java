package dev.chancery.bench.replay;

import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.fact.DeterministicIds;
import dev.chancery.model.fact.FactPayload;
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Rationale;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.model.verdict.VerdictRevised;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The verdict fact each claim adds to its event: EventVerified for a new event, VerdictRevised after that. */
final class VerdictChain {
    /** The event a claim joined, the event's revision after it, and the fact that says so. */
    record Step(String eventId, int revision, FactPayload payload) {
    }

    private final String tag;
    private final Map<String, Judgement> judgements = new HashMap<>();
    private final Map<String, Integer> revisions = new HashMap<>();

    VerdictChain(String tag) {
        this.tag = tag;
    }

    Step next(ClaimExtracted claim) {
        ClaimType family = claim.type().isInvitationFamily() ? ClaimType.INVITATION : claim.type();
        List<ActorRef> actors = claim.actors();
        String eventId = DeterministicIds.of("bench.replay.event", tag, family.name(), actors.get(0).id(),
                actors.get(1).id(), String.valueOf(claim.gathering())).toString();
        DiplomaticEvent event = new DiplomaticEvent(family, actors, claim.gathering(), claim.date());
        Judgement previous = judgements.get(eventId);
        int revision = revisions.getOrDefault(eventId, 0) + 1;
        List<String> claimsFor = new ArrayList<>(previous == null ? List.of() : previous.claimsFor());
        if (claimsFor.size() < 8) {
            claimsFor.add(claim.claimId());
        }
        boolean inv = family == ClaimType.INVITATION;
        Verdict verdict = claim.attribution().official() ? Verdict.CONFIRMED
                : claimsFor.size() >= 2 ? Verdict.CORROBORATED : Verdict.REPORTED;
        Judgement judgement = new Judgement(verdict, inv ? InvitationState.INVITED : null, inv ? verdict : null,
                claimsFor, List.of(), List.of(Rationale.naming(verdict == Verdict.CONFIRMED
                        ? "official-participant-asserts" : "independent-outlets",
                        "Reported by " + claimsFor.size() + " independent outlet(s).", claimsFor)));
        FactPayload payload = previous == null
                ? new EventVerified(eventId, event, judgement, claim.claimId())
                : VerdictRevised.between(eventId, revision, event, previous, judgement, claim.claimId());
        judgements.put(eventId, judgement);
        revisions.put(eventId, revision);
        return new Step(eventId, revision, payload);
    }
}
