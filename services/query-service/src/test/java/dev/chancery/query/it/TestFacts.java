package dev.chancery.query.it;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
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
import dev.chancery.model.verdict.DiplomaticEvent;
import dev.chancery.model.verdict.EventVerified;
import dev.chancery.model.verdict.InvitationState;
import dev.chancery.model.verdict.Judgement;
import dev.chancery.model.verdict.Rationale;
import dev.chancery.model.verdict.Verdict;
import dev.chancery.model.verdict.VerdictRevised;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Payloads for the integration tests, with unique ids per call site. */
final class TestFacts {
    private TestFacts() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ActorRef actor(String id, ActorRole role, String country) {
        ActorKind kind = id.startsWith("person:") ? ActorKind.PERSON : id.startsWith("org:") ? ActorKind.ORGANISATION
                : ActorKind.STATE;
        return new ActorRef(id, id, kind, role, country);
    }

    static ClaimDate day(String date) {
        LocalDate d = LocalDate.parse(date);
        return new ClaimDate(d, d, DatePrecision.DAY, date);
    }

    static ArticleIngested article(String articleId, String outlet, Instant publishedAt) {
        return new ArticleIngested(articleId, "https://news.example/" + articleId, "news.example/" + articleId, outlet,
                OutletKind.NEWSPAPER, null, publishedAt, "en", "Headline " + articleId, "Body.", null, null, "00");
    }

    static ClaimExtracted claim(String claimId, String articleId, ClaimType type, List<ActorRef> actors,
            String gathering, ClaimDate date, String sentence, String outlet, Instant publishedAt) {
        return new ClaimExtracted(claimId, articleId, "test-1", type, new Plover("CONSULT", "phone"), "040", actors,
                gathering, date, Modality.ASSERTED,
                new Attribution(null, outlet, Channel.OUTLET, false, null, false),
                new Evidence(sentence, 0, 0, sentence.length(), "said"), null,
                new SourceInfo(articleId, "https://news.example/" + articleId, outlet, OutletKind.NEWSPAPER, null,
                        publishedAt));
    }

    static Judgement judgement(Verdict verdict, InvitationState state, List<String> claimsFor,
            List<String> claimsAgainst) {
        return new Judgement(verdict, state, state == null ? null : verdict, claimsFor, claimsAgainst,
                List.of(Rationale.naming("test-rule", "verdict " + verdict, claimsFor)));
    }

    static EventVerified verified(String eventId, DiplomaticEvent event, Judgement judgement) {
        return new EventVerified(eventId, event, judgement, judgement.claimsFor().isEmpty() ? null
                : judgement.claimsFor().get(0));
    }

    /** The v2 revision from {@code previous} to {@code judgement}: only the claims that changed. */
    static VerdictRevised revised(String eventId, int revision, DiplomaticEvent event, Judgement previous,
            Judgement judgement) {
        return VerdictRevised.between(eventId, revision, event, previous, judgement, null);
    }
}
