package dev.chancery.extraction.domain;

import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.claim.DatePrecision;
import dev.chancery.model.claim.Modality;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The three articles the extractor must get right (texts written for this test). */
class RequiredArticlesTest {

    private static Set<String> actors(ClaimExtracted c) {
        return c.actors().stream().map(a -> a.country() + "/" + a.role()).collect(Collectors.toSet());
    }

    private static List<ClaimExtracted> of(List<ClaimExtracted> all, ClaimType type) {
        return all.stream().filter(c -> c.type() == type).toList();
    }

    @Test
    void almatyCallInvitationsAndG20() {
        String body = "ALMATY. President Kassym-Jomart Tokayev invited U.S. President Donald Trump to visit Kazakhstan "
                + "during a phone conversation on Dec. 23, the Akorda press service reported. After the call, Trump wrote "
                + "on Truth Social that he had invited Kazakhstan and Uzbekistan to the 2026 G20 summit, which the United "
                + "States will host in Miami. \"We will be extending invites to both of these Leaders,\" Trump wrote. "
                + "The two presidents also discussed the situation around Ukraine.";
        List<ClaimExtracted> claims = Extractors.EXTRACTOR.extract(
                Extractors.article("a1", "2025-12-24", "Astana Daily", OutletKind.NEWSPAPER, null, body));

        ClaimExtracted call = of(claims, ClaimType.PHONE_CALL).get(0);
        assertThat(actors(call)).containsExactlyInAnyOrder("KAZ/PARTICIPANT", "USA/PARTICIPANT");
        assertThat(call.date().start()).isEqualTo(LocalDate.of(2025, 12, 23));
        assertThat(call.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(call.attribution().channel()).isEqualTo(Channel.PRESS_SERVICE);
        assertThat(call.attribution().speakerId()).isEqualTo("org:akorda");
        assertThat(call.attribution().participant()).isTrue();
        assertThat(call.cameo()).isEqualTo("041");

        List<ClaimExtracted> invitations = of(claims, ClaimType.INVITATION);
        ClaimExtracted visit = invitations.get(0);
        assertThat(visit.actors()).extracting(ActorRef::id, ActorRef::role).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("person:kassym-jomart-tokayev", ActorRole.INVITER),
                org.assertj.core.groups.Tuple.tuple("person:donald-trump", ActorRole.INVITEE));
        assertThat(visit.gathering()).isEqualTo("gathering:visit-kaz");

        List<ClaimExtracted> g20 = invitations.stream().filter(c -> "gathering:g20-2026".equals(c.gathering())).toList();
        assertThat(g20).hasSize(4);
        assertThat(g20).allSatisfy(c -> {
            assertThat(c.attribution().channel()).isEqualTo(Channel.SOCIAL_MEDIA_POST);
            assertThat(c.attribution().official()).isTrue();
            assertThat(c.attribution().participant()).isTrue();
            assertThat(actors(c)).contains("USA/INVITER");
        });
        assertThat(g20).filteredOn(c -> c.modality() == Modality.PLANNED).extracting(c -> actors(c))
                .containsExactlyInAnyOrder(Set.of("USA/INVITER", "KAZ/INVITEE"), Set.of("USA/INVITER", "UZB/INVITEE"));
        assertThat(claims).hasSize(6);
    }

    @Test
    void septemberCallDeniedAndUzbekCall() {
        String body = "At a briefing in the Oval Office, a Kazakh reporter asked Trump whether he would visit Central Asia, "
                + "and the president replied: \"I may.\" Several outlets had reported that Trump and Tokayev had a "
                + "telephone call last week. However, a source at Kazakhstan's Foreign Ministry said there had been no "
                + "recent conversation between the two presidents. Uzbek President Shavkat Mirziyoyev did speak with "
                + "Trump by phone on September 5, his press service said. During the conversation, the Uzbek side "
                + "invited Trump to pay an official visit to Uzbekistan.";
        List<ClaimExtracted> claims = Extractors.EXTRACTOR.extract(
                Extractors.article("a2", "2025-09-08", "Steppe Herald", OutletKind.NEWSPAPER, null, body));
        assertThat(claims).extracting(ClaimExtracted::type).containsExactly(ClaimType.PHONE_CALL, ClaimType.DENIAL,
                ClaimType.PHONE_CALL, ClaimType.INVITATION);
        assertThat(claims.get(0).attribution().channel()).isEqualTo(Channel.MEDIA_REPORT);
        assertThat(actors(claims.get(0))).containsExactlyInAnyOrder("KAZ/PARTICIPANT", "USA/PARTICIPANT");
        ClaimExtracted denial = claims.get(1);
        assertThat(denial.deniedType()).isEqualTo(ClaimType.PHONE_CALL);
        assertThat(actors(denial)).containsExactlyInAnyOrder("KAZ/PARTICIPANT", "USA/PARTICIPANT");
        assertThat(denial.attribution().channel()).isEqualTo(Channel.FOREIGN_MINISTRY);
        assertThat(denial.attribution().official()).isTrue();
        assertThat(denial.attribution().participant()).isTrue();
        assertThat(claims.get(2).date().start()).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(actors(claims.get(2))).containsExactlyInAnyOrder("UZB/PARTICIPANT", "USA/PARTICIPANT");
        assertThat(actors(claims.get(3))).containsExactlyInAnyOrder("UZB/INVITER", "USA/INVITEE");
        assertThat(claims.get(3).gathering()).isEqualTo("gathering:visit-uzb");
        assertThat(claims).noneMatch(c -> c.type() == ClaimType.VISIT);
    }

    @Test
    void boardOfPeaceAccepted() {
        String body = "Kassym-Jomart Tokayev has accepted U.S. President Donald Trump's invitation to join the Board of "
                + "Peace for Gaza, his press secretary Ruslan Zheldibay said on Monday. Kazakhstan was invited to the "
                + "board as a founding state, Zheldibay added.";
        List<ClaimExtracted> claims = Extractors.EXTRACTOR.extract(
                Extractors.article("a3", "2026-01-19", "Kazinform", OutletKind.NEWSPAPER, null, body));
        assertThat(claims).extracting(ClaimExtracted::type)
                .containsExactly(ClaimType.INVITATION_ACCEPTED, ClaimType.INVITATION);
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.gathering()).isEqualTo("gathering:board-of-peace");
            assertThat(actors(c)).containsExactlyInAnyOrder("USA/INVITER", "KAZ/INVITEE");
            assertThat(c.attribution().channel()).isEqualTo(Channel.SPOKESPERSON);
        });
        assertThat(claims.get(0).cameo()).isEqualTo("036");
    }

    @Test
    void sameArticleGivesSameClaimIds() {
        var a = Extractors.article("a4", "2025-11-10", "Reuters", OutletKind.WIRE, null,
                "Putin spoke by phone with Erdogan on Nov. 3, the Kremlin said.");
        assertThat(Extractors.EXTRACTOR.extract(a)).isEqualTo(Extractors.EXTRACTOR.extract(a));
    }

    @Test
    void wireCopyIsAttributedToTheWire() {
        var a = Extractors.article("a5", "2025-11-12", "Daily Sabah", OutletKind.NEWSPAPER, "Reuters",
                "Erdogan last spoke with the Uzbek leader by phone in September.");
        ClaimExtracted c = Extractors.EXTRACTOR.extract(a).get(0);
        assertThat(c.attribution().channel()).isEqualTo(Channel.OUTLET);
        assertThat(c.attribution().speakerName()).isEqualTo("Reuters");
        assertThat(c.source().independentOutlet()).isEqualTo("Reuters");
    }
}
