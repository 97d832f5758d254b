package dev.chancery.bench.verification;

import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic claims over a growing number of events: claim n belongs to an event among the ~{@code LIVE} most
 * recent ones (about four claims per event), events move forward one day per 100, between pairs of 200 states,
 * with calls, meetings, visits and invitations; some month-precision, hedged, denials and wire copies.
 */
final class SyntheticClaims {
    static final int STATES = 200;
    static final int LIVE = 400;
    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final ClaimType[] TYPES = {ClaimType.PHONE_CALL, ClaimType.MEETING, ClaimType.VISIT, ClaimType.INVITATION};
    private static final String[] OUTLETS = {"Reuters", "AP", "AFP", "Times", "Herald", "Daily", "Tengri", "TASS"};
    private final SplittableRandom random = new SplittableRandom(42);

    ClaimExtracted claim(long n) {
        long event = Math.max(0, n / 4 - random.nextInt(LIVE));
        SplittableRandom e = new SplittableRandom(event * 7919 + 13);
        String a = state(e.nextInt(STATES)), b = state(e.nextInt(STATES));
        if (a.equals(b)) {
            b = state((e.nextInt(STATES - 1) + a.hashCode()) % STATES);
        }
        ClaimType type = TYPES[e.nextInt(TYPES.length)];
        LocalDate day = START.plusDays(event / 100);
        boolean invitation = type == ClaimType.INVITATION;
        int roll = random.nextInt(100);
        ClaimType claimType = roll < 5 ? ClaimType.DENIAL : invitation && roll < 20 ? ClaimType.INVITATION_ACCEPTED : type;
        ClaimDate date = roll >= 90 ? new ClaimDate(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()),
                DatePrecision.MONTH, null) : new ClaimDate(day, day, DatePrecision.DAY, null);
        Modality modality = roll >= 85 && roll < 90 ? Modality.HEDGED : Modality.ASSERTED;
        boolean official = random.nextInt(10) == 0;
        String speaker = random.nextBoolean() ? a : b;
        Attribution attribution = official ? new Attribution("gov:" + speaker, speaker, Channel.FOREIGN_MINISTRY, true, speaker, true)
                : new Attribution(null, null, Channel.OUTLET, false, null, false);
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        String wire = random.nextInt(3) == 0 ? "Reuters" : null;
        List<ActorRef> actors = invitation
                ? List.of(actor(a, ActorRole.INVITER), actor(b, ActorRole.INVITEE))
                : List.of(actor(a, ActorRole.PARTICIPANT), actor(b, ActorRole.PARTICIPANT));
        String article = "a" + n;
        Instant published = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return new ClaimExtracted("c" + n, article, "rules-1", claimType, null, null, actors,
                invitation ? "gathering:summit-" + day.getYear() : null, date, modality, attribution, null,
                claimType == ClaimType.DENIAL ? type : null,
                new SourceInfo(article, null, outlet, OutletKind.NEWSPAPER, wire, published));
    }

    private static String state(int i) {
        return "S" + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }

    private static ActorRef actor(String iso, ActorRole role) {
        return new ActorRef(iso, iso, ActorKind.STATE, role, iso);
    }
}
