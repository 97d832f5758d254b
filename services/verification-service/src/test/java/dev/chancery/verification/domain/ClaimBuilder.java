package dev.chancery.verification.domain;

import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds claims for tests: {@code ClaimBuilder.call("c1").between("KAZ", "USA").on("2025-12-23").by(...).build()}. */
public final class ClaimBuilder {
    private final String claimId;
    private final ClaimType type;
    private final List<ActorRef> actors = new ArrayList<>();
    private String articleId;
    private String version = "rules-1";
    private String gathering;
    private ClaimDate date = ClaimDate.unknown();
    private Modality modality = Modality.ASSERTED;
    private Attribution attribution = new Attribution(null, null, Channel.OUTLET, false, null, false);
    private ClaimType deniedType;
    private String outlet = "Example Times";
    private String wire;
    private Instant published = Instant.parse("2025-12-24T08:00:00Z");

    private ClaimBuilder(String claimId, ClaimType type) {
        this.claimId = claimId;
        this.type = type;
        this.articleId = "article-" + claimId;
    }

    public static ClaimBuilder claim(String id, ClaimType type) {
        return new ClaimBuilder(id, type);
    }

    public static ClaimBuilder call(String id) {
        return claim(id, ClaimType.PHONE_CALL);
    }

    public static ClaimBuilder denial(String id, ClaimType denied) {
        return claim(id, ClaimType.DENIAL).denies(denied);
    }

    public ClaimBuilder between(String... states) {
        for (String s : states) {
            actors.add(state(s, ActorRole.PARTICIPANT));
        }
        return this;
    }

    public ClaimBuilder inviter(String s) {
        actors.add(state(s, ActorRole.INVITER));
        return this;
    }

    public ClaimBuilder invitee(String s) {
        actors.add(state(s, ActorRole.INVITEE));
        return this;
    }

    public ClaimBuilder actor(ActorRef a) {
        actors.add(a);
        return this;
    }

    public ClaimBuilder to(String gathering) {
        this.gathering = gathering;
        return this;
    }

    public ClaimBuilder on(String day) {
        LocalDate d = LocalDate.parse(day);
        this.date = new ClaimDate(d, d, DatePrecision.DAY, day);
        return this;
    }

    public ClaimBuilder inMonth(String yearMonth) {
        LocalDate d = LocalDate.parse(yearMonth + "-01");
        this.date = new ClaimDate(d, d.withDayOfMonth(d.lengthOfMonth()), DatePrecision.MONTH, yearMonth);
        return this;
    }

    public ClaimBuilder modality(Modality m) {
        this.modality = m;
        return this;
    }

    public ClaimBuilder denies(ClaimType t) {
        this.deniedType = t;
        return this;
    }

    /** Said through a state's official channel; participant is left to verification to work out. */
    public ClaimBuilder by(String country, Channel channel) {
        this.attribution = new Attribution("gov:" + country, country + " " + channel, channel, true, country, false);
        return this;
    }

    public ClaimBuilder reportedBy(Channel channel) {
        this.attribution = new Attribution(null, outlet, channel, false, null, false);
        return this;
    }

    public ClaimBuilder in(String outlet) {
        this.outlet = outlet;
        return this;
    }

    public ClaimBuilder copyOf(String wire) {
        this.wire = wire;
        return this;
    }

    public ClaimBuilder article(String articleId, String version) {
        this.articleId = articleId;
        this.version = version;
        return this;
    }

    public ClaimBuilder published(String instant) {
        this.published = Instant.parse(instant);
        return this;
    }

    public ClaimExtracted build() {
        return new ClaimExtracted(claimId, articleId, version, type, new Plover("CONSULT", "phone"), "040",
                List.copyOf(actors), gathering, date, modality, attribution,
                new Evidence("sentence of " + claimId, 0, 0, 10, "said"), deniedType,
                new SourceInfo(articleId, "https://example.org/" + articleId, outlet,
                        wire == null ? OutletKind.NEWSPAPER : OutletKind.WIRE, wire, published));
    }

    public static ActorRef state(String iso, ActorRole role) {
        return new ActorRef(iso, iso, ActorKind.STATE, role, iso);
    }
}
