package dev.chancery.bench.replay;

import dev.chancery.model.claim.ActorKind;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.Attribution;
import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.DatePrecision;
import dev.chancery.model.claim.Evidence;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.claim.Plover;
import dev.chancery.model.claim.SourceInfo;
import dev.chancery.model.fact.DeterministicIds;
import dev.chancery.model.reference.Country;
import dev.chancery.model.reference.Gathering;
import dev.chancery.model.reference.ReferenceData;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** The replay's claims: each about one of a bounded set of events between two states, so that events recur. */
final class ReplayClaims {
    private static final ClaimType[] TYPES = {ClaimType.INVITATION, ClaimType.PHONE_CALL, ClaimType.MEETING,
            ClaimType.VISIT, ClaimType.INVITATION_ACCEPTED};
    private final List<String> states;
    private final List<Gathering> gatherings;
    private final int events;

    ReplayClaims(ReferenceData ref, int events) {
        this.states = ref.countries().stream().filter(Country::sovereign).map(Country::alpha3).toList();
        this.gatherings = List.copyOf(ref.gatherings());
        this.events = events;
    }

    /** The {@code c}-th claim of an article, drawn from the article's random {@code r}. */
    ClaimExtracted claim(SplittableRandom r, String articleId, LocalDate day, int c, SourceInfo source,
            String outlet) {
        int event = r.nextInt(events);
        SplittableRandom e = new SplittableRandom(event * 7919L + 13);
        String a = states.get(e.nextInt(states.size()));
        String other = states.get(e.nextInt(states.size()));
        if (other.equals(a)) {
            other = states.get((states.indexOf(a) + 1) % states.size());
        }
        ClaimType type = TYPES[e.nextInt(TYPES.length)];
        boolean invitation = type.isInvitationFamily();
        Gathering g = invitation ? gatherings.get(e.nextInt(gatherings.size())) : null;
        LocalDate when = day.minusDays(1 + e.nextInt(3));
        ActorRole first = invitation ? ActorRole.INVITER : ActorRole.PARTICIPANT;
        ActorRole second = invitation ? ActorRole.INVITEE : ActorRole.PARTICIPANT;
        List<ActorRef> actors = List.of(new ActorRef(a, a, ActorKind.STATE, first, a),
                new ActorRef(other, other, ActorKind.STATE, second, other));
        String sentence = "The leaders of " + a + " and " + other + " "
                + (invitation ? "exchanged invitations to the " + g.name() : "spoke by telephone")
                + " on " + when + ", the foreign ministry said in a statement published on its website.";
        UUID claimUuid = DeterministicIds.of("bench.replay.claim", articleId, Integer.toString(c));
        boolean official = r.nextInt(8) == 0;
        return new ClaimExtracted(claimUuid.toString(), articleId, "rules-1.0.0", type,
                new Plover("CONSULT", invitation ? "visit" : "phone"), invitation ? "042" : "040", actors,
                g == null ? null : g.id(), new ClaimDate(when, when, DatePrecision.DAY, when.toString()),
                Modality.ASSERTED,
                new Attribution(official ? "org:mfa-" + a.toLowerCase() : null, official ? a : outlet,
                        official ? Channel.FOREIGN_MINISTRY : Channel.OUTLET, official, official ? a : null, official),
                new Evidence(sentence, 2 + c * 3, 200 + c * 400, 200 + c * 400 + sentence.length(),
                        invitation ? "invited" : "call"),
                null, source);
    }
}
