package dev.chancery.model.fact;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.*;
import dev.chancery.model.verdict.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One realistic instance of every payload, for schema validation and round trips. */
final class SamplePayloads {
    static final Instant PUBLISHED = Instant.parse("2025-12-24T08:00:00Z");

    private SamplePayloads() {
    }

    static FactPayload of(FactType type) {
        return switch (type) {
            case ARTICLE_INGESTED -> article();
            case CLAIM_EXTRACTED -> claim();
            case ARTICLE_EXTRACTED -> new ArticleExtracted("a1", "rules-1", 1, List.of("c1"), null);
            case EVENT_VERIFIED -> new EventVerified("e1", event(), judgement(Verdict.CONFIRMED), "c1");
            case VERDICT_REVISED -> VerdictRevised.between("e1", 2, event(), judgement(Verdict.REPORTED),
                    new Judgement(Verdict.CONFIRMED, null, null, List.of("c1", "c2"), List.of(),
                            List.of(Rationale.naming("official-participant-asserts", "Akorda asserts the call",
                                    List.of("c2")))), "c2");
        };
    }

    static ArticleIngested article() {
        return new ArticleIngested("a1", "https://example.org/news/1", "https://example.org/news/1", "Example Times",
                OutletKind.NEWSPAPER, null, PUBLISHED, "en", "Leaders speak by phone",
                "The two presidents spoke by phone on Tuesday.", null, "ALMATY", "ab12");
    }

    static ClaimExtracted claim() {
        return new ClaimExtracted("c1", "a1", "rules-1", ClaimType.PHONE_CALL, new Plover("CONSULT", "phone"), "041",
                List.of(new ActorRef("KAZ", "Kazakhstan", ActorKind.STATE, ActorRole.PARTICIPANT, "KAZ"),
                        new ActorRef(null, "a visiting envoy", ActorKind.UNRESOLVED, ActorRole.PARTICIPANT, null)),
                null, new ClaimDate(LocalDate.of(2025, 12, 23), LocalDate.of(2025, 12, 23), DatePrecision.DAY, "Dec. 23"),
                Modality.ASSERTED,
                new Attribution("org:akorda", "Akorda press service", Channel.PRESS_SERVICE, true, "KAZ", true),
                new Evidence("The two presidents spoke by phone on Tuesday.", 0, 0, 46, "spoke"), null,
                new SourceInfo("a1", "https://example.org/news/1", "Example Times", OutletKind.NEWSPAPER, null, PUBLISHED));
    }

    static DiplomaticEvent event() {
        return new DiplomaticEvent(ClaimType.PHONE_CALL,
                List.of(new ActorRef("KAZ", "Kazakhstan", ActorKind.STATE, ActorRole.PARTICIPANT, "KAZ")), null,
                ClaimDate.unknown());
    }

    static Judgement judgement(Verdict verdict) {
        return new Judgement(verdict, null, null, List.of("c1"), List.of(),
                List.of(Rationale.naming("official-participant-asserts", "Akorda asserts the call", List.of("c1"))));
    }
}
