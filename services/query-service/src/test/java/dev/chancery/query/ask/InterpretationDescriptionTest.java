package dev.chancery.query.ask;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.InvitationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each interpretation describes itself in one sentence and names its endpoint. */
class InterpretationDescriptionTest {

    @ParameterizedTest(name = "{1}")
    @MethodSource("interpretations")
    void describesItselfAndItsEndpoint(Interpretation interpretation, String sentence, String uri) {
        assertThat(interpretation.describe()).isEqualTo(sentence);
        assertThat(interpretation.endpoint().map(Endpoint::uri).orElse(null)).isEqualTo(uri);
    }

    static Stream<Arguments> interpretations() {
        return Stream.of(
                arguments(new GatheringInvitations("gathering:g20-2026", Set.of(), null),
                        "Invitations to gathering:g20-2026, in any state.",
                        "/api/v1/gatherings/gathering:g20-2026/invitations"),
                arguments(new GatheringInvitations("gathering:board-of-peace",
                                Set.of(InvitationState.DECLINED, InvitationState.ACCEPTED), "KAZ"),
                        "Invitations to gathering:board-of-peace for KAZ, in state ACCEPTED or DECLINED.",
                        "/api/v1/gatherings/gathering:board-of-peace/invitations?status=ACCEPTED%2CDECLINED&invitee=KAZ"),
                arguments(new InvitationsBy("KAZ"), "Invitations issued by KAZ, to any gathering.",
                        "/api/v1/invitations?inviter=KAZ"),
                arguments(new Contacts("KAZ", "USA", ClaimType.PHONE_CALL, LocalDate.of(2025, 9, 1),
                                LocalDate.of(2025, 9, 30)),
                        "Phone calls between KAZ and USA from 2025-09-01 to 2025-09-30.",
                        "/api/v1/contacts?actor=KAZ&counterpart=USA&type=PHONE_CALL&from=2025-09-01&to=2025-09-30"),
                arguments(new Contacts("KAZ", null, null, null, null),
                        "Contacts of any kind (calls, visits, meetings) involving KAZ, at any time.",
                        "/api/v1/contacts?actor=KAZ"),
                arguments(new Timeline("UZB"), "Timeline of UZB, in the order things happened.",
                        "/api/v1/actors/UZB/timeline"),
                arguments(new Uninterpretable("will it rain?", List.of(), List.of("what has Kazakhstan done?")),
                        "Could not interpret \"will it rain?\": nothing was recognised.", null));
    }

    @Test
    void contactsRejectNonContactTypesAndBackwardPeriods() {
        assertThatThrownBy(() -> new Contacts("KAZ", null, ClaimType.INVITATION, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contacts("KAZ", null, null, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
