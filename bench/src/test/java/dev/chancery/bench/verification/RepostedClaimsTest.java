package dev.chancery.bench.verification;

import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.ActorKind;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.DatePrecision;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.claim.SourceInfo;
import dev.chancery.verification.domain.ClaimVerifier;
import dev.chancery.verification.domain.InMemoryEventLookup;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A reposted claim is a new claim of a new article that joins the same event as the original. */
class RepostedClaimsTest {

    @Test
    void copiesAreNewClaimsOfNewArticlesThatJoinTheSameEvent() {
        LocalDate day = LocalDate.of(2026, 3, 4);
        ClaimExtracted original = new ClaimExtracted("c1", "a1", "rules-2", ClaimType.PHONE_CALL, null, null,
                List.of(actor("FRA"), actor("DEU")), null, new ClaimDate(day, day, DatePrecision.DAY, null),
                Modality.ASSERTED, null, null, null,
                new SourceInfo("a1", "https://example.test/a1", "Daily", OutletKind.NEWSPAPER, null,
                        Instant.parse("2026-03-05T08:00:00Z")));
        assertThat(RepostedClaims.copy(original, 0)).isSameAs(original);
        ClaimExtracted copy = RepostedClaims.copy(original, 3);
        assertThat(copy.claimId()).isNotEqualTo(original.claimId());
        assertThat(copy.articleId()).isNotEqualTo(original.articleId()).isEqualTo(copy.source().articleId());
        assertThat(copy.source().url()).isNotEqualTo(original.source().url());

        InMemoryEventLookup lookup = new InMemoryEventLookup();
        ClaimVerifier verifier = new ClaimVerifier(lookup);
        for (int k = 0; k < 4; k++) {
            lookup.store(verifier.onClaim(RepostedClaims.copy(original, k)));
        }
        assertThat(lookup.all()).hasSize(1);
        assertThat(lookup.all().get(0).claims()).hasSize(4);
    }

    private static ActorRef actor(String iso) {
        return new ActorRef(iso, iso, ActorKind.STATE, ActorRole.PARTICIPANT, iso);
    }
}
