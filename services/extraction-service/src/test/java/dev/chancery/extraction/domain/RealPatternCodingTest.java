package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ClaimExtracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validation records for the structures real wire and newspaper copy uses (own sentences, same structure): other
 * senses of trigger words, habits, wishes and references that tell no event, hedged speculation, parties that are
 * topics or venues, a second call in a clause of its own, mediation, hosting, refusals to meet, cancelled and
 * announced visits. Coding: "TYPE actor/ROLE ... MODALITY PLOVER-event/mode CAMEO" per claim, " ; " between
 * claims, empty for none. Published 2025-11-10.
 */
class RealPatternCodingTest {

    static String code(ClaimExtracted c) {
        String actors = c.actors().stream().map(a -> (a.country() != null ? a.country() : "?") + "/" + a.role())
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(" "));
        return c.type() + " " + actors + " " + c.modality() + " " + c.plover().event() + "/" + c.plover().mode()
                + " " + c.cameo();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // other senses of trigger words
        "The Estonian president called Lukashenko a dictator. | ''",
        "Poland rejected renewed calls by Hungary for an end to arms deliveries. | ''",
        "Japan said it would not meet the deadline set by the summit hosts. | ''",
        "Washington will deny entry to officials of the junta. | ''",
        "Turkish peacekeeping troops arrived in Kosovo on Monday. | ''",
        "Chile rejected an Argentine proposal for a joint customs union. | ''",
        // habits, wishes and references tell no event
        "The Kremlin usually publishes readouts of calls between Putin and foreign leaders. | ''",
        "No Chinese leader has ever visited Turkmenistan during a war. | ''",
        "Lula has never, as president, travelled to Kyiv. | ''",
        "Yerevan is hoping for, and quietly lobbying for, a Macron visit to Armenia. | ''",
        "Baku released no statement about the call with Ankara. | ''",
        // hedged speculation stays a claim, not a fact
        "An analyst said a Modi visit to Pakistan was increasingly plausible. | VISIT IND/VISITOR PAK/HOST HEDGED CONSULT/visit 042",
        "Media reported an alleged meeting between Orban and Putin in Baku. | MEETING HUN/PARTICIPANT RUS/PARTICIPANT HEDGED CONSULT/meet 040",
        // parties, topics and venues
        "Erdogan and Aliyev discussed the conflict in Sudan during a phone call on Friday. | PHONE_CALL AZE/PARTICIPANT TUR/PARTICIPANT ASSERTED CONSULT/phone 041",
        "On March 3 Sanchez spoke with Meloni, a day after speaking to Macron. | PHONE_CALL ESP/PARTICIPANT ITA/PARTICIPANT ASSERTED CONSULT/phone 041 ; PHONE_CALL ESP/PARTICIPANT FRA/PARTICIPANT ASSERTED CONSULT/phone 041",
        "Tokayev spoke with Macron. He later had a phone call with the Emir of Qatar. | PHONE_CALL FRA/PARTICIPANT KAZ/PARTICIPANT ASSERTED CONSULT/phone 041 ; PHONE_CALL KAZ/PARTICIPANT QAT/PARTICIPANT ASSERTED CONSULT/phone 041",
        // mediation, hosting, negotiations
        "Oman mediated talks between Iran and the United States in Muscat. | MEETING IRN/PARTICIPANT OMN/PARTICIPANT USA/PARTICIPANT ASSERTED CONSULT/third-party 045",
        "Kazakhstan hosted talks between Armenia and Azerbaijan in Almaty. | MEETING ARM/PARTICIPANT AZE/PARTICIPANT KAZ/PARTICIPANT ASSERTED CONSULT/third-party 045",
        "Serbia held negotiations with Croatia in Brussels. | MEETING HRV/PARTICIPANT SRB/PARTICIPANT ASSERTED CONSULT/meet 046",
        // refusals, acceptances and announcements
        "The Venezuelan president refused to meet the Brazilian foreign minister. | INVITATION_DECLINED BRA/INVITER VEN/INVITEE ASSERTED REJECT/meet 125",
        "Cuba has agreed to Mexican mediation in its dispute with Washington. | INVITATION_ACCEPTED CUB/INVITEE MEX/INVITER ASSERTED AGREE/accept 036",
        "Putin offered to negotiate with the Finnish president. | MEETING FIN/PARTICIPANT RUS/PARTICIPANT PLANNED AGREE/meet 036",
        "The German chancellor has cancelled a planned visit to Hungary, his office said. | VISIT DEU/VISITOR HUN/HOST NEGATED CONSULT/visit 042",
        "Mirziyoyev has won a much-sought Kremlin invitation. | INVITATION RUS/INVITER UZB/INVITEE ASSERTED AGREE/invite 036",
        // two voices, stays-away, guest lists, the edition meant
        "Trump confirmed Putin's agreement to participate, while the Kremlin said the invitation remained under consideration. | INVITATION_ACCEPTED RUS/INVITEE ASSERTED AGREE/accept 036 ; INVITATION_CONSIDERED RUS/INVITEE ASSERTED AGREE/consider 014",
        "Kazakhstan's president arrived in Baku on a state visit at the invitation of Aliyev. | VISIT AZE/HOST KAZ/VISITOR ASSERTED CONSULT/visit 042 ; INVITATION AZE/INVITER KAZ/INVITEE ASSERTED AGREE/invite 036",
        "Germany said it had not accepted the offer to join the Board of Peace. | INVITATION_DECLINED DEU/INVITEE ASSERTED REJECT/meet 125",
        "Hungary will skip the summit in Miami. | INVITATION_DECLINED HUN/INVITEE ASSERTED REJECT/meet 125",
        "Canada was dropped from the guest list for the Miami summit. | EXCLUSION CAN/INVITEE USA/INVITER ASSERTED SANCTION/relations 160",
        "Argentina will suspend its participation in the G20 summit. | INVITATION_DECLINED ARG/INVITEE ASSERTED REJECT/meet 125",
        "Poland will join next year's G20 summit as a guest. | ATTENDANCE POL/PARTICIPANT PLANNED AGREE/multilateral 036",
        "Pezeshkian has yet to decide whether to join the Board of Peace. | INVITATION_CONSIDERED IRN/INVITEE ASSERTED AGREE/consider 014",
        "The Iranian and Omani foreign ministers met in Muscat. | MEETING IRN/PARTICIPANT OMN/PARTICIPANT ASSERTED CONSULT/meet 040",
        "Several key US allies declined to join the board. | ''",
        "On 2 October a telephone conversation took place between the President of Kyrgyzstan, Sadyr Japarov, and the President of Tajikistan, Emomali Rahmon. | PHONE_CALL KGZ/PARTICIPANT TJK/PARTICIPANT ASSERTED CONSULT/phone 041",
        "The official visit of the President of Uzbekistan to Turkmenistan was a success. | VISIT TKM/HOST UZB/VISITOR ASSERTED CONSULT/visit 042",
        "Leaders invited to the Miami summit include the presidents of Kazakhstan and Uzbekistan. | INVITATION ?/INVITER KAZ/INVITEE ASSERTED AGREE/invite 036 ; INVITATION ?/INVITER UZB/INVITEE ASSERTED AGREE/invite 036",
        "The meeting's co-chairman said the talks had gone well. | ''",
    })
    void codes(String sentence, String expected) {
        assertThat(Extractors.coded(sentence, RealPatternCodingTest::code)).isEqualTo(expected == null ? "" : expected.trim());
    }
}
