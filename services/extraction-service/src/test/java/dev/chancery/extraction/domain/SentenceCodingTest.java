package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ClaimExtracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validation records in the PETRARCH style: a sentence in, its coding out ("TYPE actor/ROLE ... [gathering]
 * [modality] [cameo]" per claim, claims joined by " ; ", empty for none). Published 2025-11-10.
 */
class SentenceCodingTest {

    static String code(ClaimExtracted c) {
        String actors = c.actors().stream().map(a -> (a.country() != null ? a.country() : a.id() != null ? a.id() : "?")
                + "/" + a.role()).collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(" "));
        return c.type() + " " + actors + (c.gathering() == null ? "" : " " + c.gathering().substring(10))
                + " " + c.modality() + " " + c.cameo();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tokayev invited Trump to visit Kazakhstan. | INVITATION KAZ/INVITER USA/INVITEE visit-kaz ASSERTED 036",
        "Trump was invited by Tokayev to Astana. | INVITATION KAZ/INVITER USA/INVITEE visit-kaz ASSERTED 036",
        "Macron received an invitation from Xi Jinping to visit Beijing. | INVITATION CHN/INVITER FRA/INVITEE visit-chn ASSERTED 036",
        "Putin's invitation to Modi to come to Moscow stands. | INVITATION IND/INVITEE RUS/INVITER visit-rus ASSERTED 036",
        "Trump said he would invite Poland to the Miami G20. | INVITATION POL/INVITEE USA/INVITER g20-2026 PLANNED 036",
        "Tokayev accepted Trump's invitation to join the Board of Peace. | INVITATION_ACCEPTED KAZ/INVITEE USA/INVITER board-of-peace ASSERTED 036",
        "Norway refused to join the Board of Peace. | INVITATION_DECLINED NOR/INVITEE board-of-peace ASSERTED 125",
        "Carney will not take part in the G20 summit in Miami. | INVITATION_DECLINED CAN/INVITEE g20-2026 ASSERTED 125",
        "Germany is still studying the proposal to join the Board of Peace. | INVITATION_CONSIDERED DEU/INVITEE board-of-peace ASSERTED 014",
        "Trump withdrew Canada's invitation to the Board of Peace. | INVITATION_WITHDRAWN CAN/INVITEE USA/INVITER board-of-peace ASSERTED 160",
        "South Africa will NOT be receiving an invitation to the 2026 G20, Trump said. | EXCLUSION USA/INVITER ZAF/INVITEE g20-2026 ASSERTED 160",
        "Putin spoke by phone with Erdogan on Nov. 3. | PHONE_CALL RUS/PARTICIPANT TUR/PARTICIPANT ASSERTED 041",
        "Trump will visit Saudi Arabia next month. | VISIT SAU/HOST USA/VISITOR PLANNED 036",
        "Mirziyoyev hosted the Turkmen president in Samarkand. | VISIT TKM/VISITOR UZB/HOST ASSERTED 043",
        "Rubio met Lavrov in Riyadh. | MEETING RUS/PARTICIPANT USA/PARTICIPANT ASSERTED 040",
        "Pashinyan will meet Aliyev in Abu Dhabi. | MEETING ARM/PARTICIPANT AZE/PARTICIPANT PLANNED 036",
        "Tokayev attended the SCO summit in Tianjin. | ATTENDANCE KAZ/PARTICIPANT sco-2025 ASSERTED 040",
        "Kazakhstan joined the Board of Peace. | MEMBERSHIP_JOINED KAZ/MEMBER board-of-peace ASSERTED 057",
        "The Kazakh Foreign Ministry denied that Tokayev and Trump had spoken by phone. | DENIAL KAZ/PARTICIPANT USA/PARTICIPANT ASSERTED 110",
        "Trump might visit Kazakhstan next year. | VISIT KAZ/HOST USA/VISITOR HEDGED 042",
        "Trump said he would love them to come to Miami. | ''",
        "A reporter asked Trump whether he would visit Central Asia. | ''",
        "If invited, Kyrgyzstan would send its president. | ''",
        "Caracas called the move an insult. | ''",
        // a dateline names where the story was filed, never a party: the inviter is the president after it
        "BISHKEK, Nov. 9 - U.S. President Donald Trump has invited President Sadyr Japarov of Kyrgyzstan to the G20 summit in Miami. | INVITATION KGZ/INVITEE USA/INVITER g20-2026 ASSERTED 036",
        "ASTANA, Nov. 9 (Reuters) - Tokayev spoke by phone with Erdogan on Saturday. | PHONE_CALL KAZ/PARTICIPANT TUR/PARTICIPANT ASSERTED 041",
        "MOSCOW, Nov. 9 - Putin will visit Beijing next month. | VISIT CHN/HOST RUS/VISITOR PLANNED 036",
    })
    void codes(String sentence, String expected) {
        assertThat(Extractors.coded(sentence, SentenceCodingTest::code)).isEqualTo(expected == null ? "" : expected.trim());
    }
}
