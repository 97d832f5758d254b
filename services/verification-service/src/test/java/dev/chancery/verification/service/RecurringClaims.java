package dev.chancery.verification.service;

import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.fact.FactEnvelope;
import dev.chancery.verification.domain.ClaimBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A recurring-news workload with made-up state codes unique to each run: the same invitations to one gathering
 * reported by many articles (events with growing claim lists), responses and denials that change the verdicts, and
 * calls dated to the day, the month or not at all, so that claims move between events as anchors arrive.
 */
public final class RecurringClaims {
    private final String run = Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_679_616, 36)
            .toUpperCase();
    private final String[] invitees = {"I1" + run, "I2" + run, "I3" + run, "I4" + run};
    private final String host = "H" + run;
    private final String gathering = "gathering:test-" + run.toLowerCase();

    /** {@code n} claims in publication order. */
    public List<ClaimExtracted> claims(int n) {
        List<ClaimExtracted> claims = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            claims.add(claim(i));
        }
        return claims;
    }

    /** {@code n} claims in publication order, wrapped as facts (a mutable list). */
    public List<FactEnvelope<?>> facts(int n) {
        return new ArrayList<>(claims(n).stream().map(RecurringClaims::fact).toList());
    }

    /** The claim wrapped as extraction publishes it. */
    public static FactEnvelope<ClaimExtracted> fact(ClaimExtracted claim) {
        return FactEnvelope.of(UUID.nameUUIDFromBytes(claim.claimId().getBytes()), claim,
                UUID.nameUUIDFromBytes(claim.articleId().getBytes()), null, null, claim.source().publishedAt())
                .stored(1, 1, Instant.now()).producedBy("extraction-test/0");
    }

    /** A claim that joins the first invitee's event but has no claim id: the domain cannot place it. */
    public FactEnvelope<ClaimExtracted> poison() {
        ClaimExtracted claim = ClaimBuilder.claim(null, ClaimType.INVITATION).inviter(host).invitee(invitees[0])
                .to(gathering).article("poison-" + run, "rules-1").build();
        return FactEnvelope.of(UUID.randomUUID(), claim, null, null, null, claim.source().publishedAt());
    }

    private ClaimExtracted claim(int i) {
        String id = "c" + i + "-" + run;
        String invitee = invitees[i % invitees.length];
        String published = Instant.parse("2025-11-01T08:00:00Z").plusSeconds(3600L * i).toString();
        ClaimType response = i % 20 == 8 ? ClaimType.INVITATION_ACCEPTED : ClaimType.INVITATION_DECLINED;
        ClaimBuilder b = switch (i % 10) {
            case 3 -> ClaimBuilder.call(id).between(host, invitees[0]).on("2025-12-" + (10 + i % 7));
            case 5 -> ClaimBuilder.call(id).between(host, invitees[0]).inMonth("2025-12");
            case 7 -> ClaimBuilder.call(id).between(host, invitees[0]);
            case 8 -> ClaimBuilder.claim(id, response).invitee(invitee).to(gathering)
                    .by(invitee, Channel.FOREIGN_MINISTRY);
            case 9 -> ClaimBuilder.denial(id, ClaimType.INVITATION).invitee(invitee).to(gathering)
                    .by(host, Channel.SPOKESPERSON);
            default -> ClaimBuilder.claim(id, ClaimType.INVITATION).inviter(host).invitee(invitee).to(gathering);
        };
        if (i % 10 == 6) {
            b.modality(Modality.PLANNED);
        }
        return b.in("Outlet " + (i % 13)).article("a" + (i / 3) + "-" + run, "rules-1").published(published).build();
    }
}
