package dev.chancery.extraction.domain.syntax;

import dev.chancery.extraction.domain.ClaimExtractor;
import dev.chancery.extraction.domain.Extractors;
import dev.chancery.extraction.domain.NlpModels;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.reference.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentences where word order misleads the rules: the parsed extractor's roles, the rules' own roles, and
 * whether the sentence was parsed at all. Coding: "TYPE actor/ROLE ..." (actor ids sorted), claims joined by " ; ".
 */
class SyntaxRolesTest {
    private static final ClaimExtractor RULES_ONLY = new ClaimExtractor(ReferenceData.load(), new NlpModels(),
            Syntax.off());

    static String code(ClaimExtracted c) {
        return c.type() + " " + c.actors().stream().map(a -> (a.id() != null ? a.id() : "?") + "/" + a.role())
                .sorted().collect(Collectors.joining(" "));
    }

    static String extract(ClaimExtractor extractor, String sentence) {
        return extractor.extract(Extractors.article("s", "2025-11-10", "Reuters", OutletKind.WIRE, null, sentence))
                .stream().map(SyntaxRolesTest::code).collect(Collectors.joining(" ; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // an invitation with an infinitive: the destination is not a participant of the call
        "Japarov invited Erdogan to visit Kyrgyzstan during a telephone conversation held on Monday."
            + " | INVITATION person:recep-tayyip-erdogan/INVITEE person:sadyr-japarov/INVITER"
            + " ; PHONE_CALL person:recep-tayyip-erdogan/PARTICIPANT person:sadyr-japarov/PARTICIPANT"
            + " | INVITATION person:recep-tayyip-erdogan/INVITEE person:sadyr-japarov/INVITER"
            + " ; PHONE_CALL KGZ/PARTICIPANT person:recep-tayyip-erdogan/PARTICIPANT person:sadyr-japarov/PARTICIPANT"
            + " | true",
        // a relative clause between the subject and the trigger
        "Mirziyoyev, who met Putin in Moscow last week, invited Erdogan to visit Uzbekistan."
            + " | MEETING person:shavkat-mirziyoyev/PARTICIPANT person:vladimir-putin/PARTICIPANT"
            + " ; INVITATION person:recep-tayyip-erdogan/INVITEE person:shavkat-mirziyoyev/INVITER"
            + " | MEETING person:shavkat-mirziyoyev/PARTICIPANT person:vladimir-putin/PARTICIPANT"
            + " ; INVITATION person:recep-tayyip-erdogan/INVITEE person:vladimir-putin/INVITER"
            + " | true",
        // a participle clause between the subject and the trigger
        "Aliyev, speaking after talks with Erdogan in Ankara, invited Pashinyan to visit Baku."
            + " | MEETING person:ilham-aliyev/PARTICIPANT person:recep-tayyip-erdogan/PARTICIPANT"
            + " ; INVITATION person:ilham-aliyev/INVITER person:nikol-pashinyan/INVITEE"
            + " | MEETING person:ilham-aliyev/PARTICIPANT person:recep-tayyip-erdogan/PARTICIPANT"
            + " ; INVITATION person:nikol-pashinyan/INVITEE person:recep-tayyip-erdogan/INVITER"
            + " | true",
        "Erdogan, whose talks with Putin ended on Monday, will visit Azerbaijan next week."
            + " | MEETING person:recep-tayyip-erdogan/PARTICIPANT person:vladimir-putin/PARTICIPANT"
            + " ; VISIT AZE/HOST person:recep-tayyip-erdogan/VISITOR"
            + " | MEETING person:recep-tayyip-erdogan/PARTICIPANT person:vladimir-putin/PARTICIPANT"
            + " ; VISIT AZE/HOST person:vladimir-putin/VISITOR"
            + " | true",
        // topics are not participants (the word-order rules now leave them out too: ContactParties)
        "Tokayev and Mirziyoyev discussed the conflict in Ukraine by phone."
            + " | PHONE_CALL person:kassym-jomart-tokayev/PARTICIPANT person:shavkat-mirziyoyev/PARTICIPANT"
            + " | PHONE_CALL person:kassym-jomart-tokayev/PARTICIPANT person:shavkat-mirziyoyev/PARTICIPANT"
            + " | true",
        "Erdogan held talks with Aliyev on Sudan and Libya."
            + " | MEETING person:ilham-aliyev/PARTICIPANT person:recep-tayyip-erdogan/PARTICIPANT"
            + " | MEETING LBY/PARTICIPANT SDN/PARTICIPANT person:ilham-aliyev/PARTICIPANT person:recep-tayyip-erdogan/PARTICIPANT"
            + " | true",
        "Macron spoke by phone with Modi about the war in Ukraine."
            + " | PHONE_CALL person:emmanuel-macron/PARTICIPANT person:narendra-modi/PARTICIPANT"
            + " | PHONE_CALL person:emmanuel-macron/PARTICIPANT person:narendra-modi/PARTICIPANT"
            + " | true",
        // an actor inside another event's phrase takes no part in this one
        "Putin held talks with Modi in Moscow on his visit to Russia."
            + " | MEETING person:narendra-modi/PARTICIPANT person:vladimir-putin/PARTICIPANT"
            + " ; VISIT RUS/HOST person:narendra-modi/VISITOR"
            + " | MEETING RUS/PARTICIPANT person:narendra-modi/PARTICIPANT person:vladimir-putin/PARTICIPANT"
            + " ; VISIT RUS/HOST person:narendra-modi/VISITOR"
            + " | true",
        // a passive agent beyond the rules' window
        "Pashinyan was invited to the summit in Tashkent by Mirziyoyev last week."
            + " | INVITATION person:nikol-pashinyan/INVITEE person:shavkat-mirziyoyev/INVITER"
            + " | INVITATION ?/INVITER person:nikol-pashinyan/INVITEE"
            + " | true",
        "Pashinyan was invited to visit Uzbekistan next month by Mirziyoyev in a letter."
            + " | INVITATION person:nikol-pashinyan/INVITEE person:shavkat-mirziyoyev/INVITER"
            + " | INVITATION ?/INVITER person:nikol-pashinyan/INVITEE"
            + " | true",
        // sentences the rules are sure of are not parsed, and keep their reading
        "Aliyev was hosted by Mirziyoyev in Samarkand."
            + " | VISIT person:ilham-aliyev/VISITOR person:shavkat-mirziyoyev/HOST"
            + " | VISIT person:ilham-aliyev/VISITOR person:shavkat-mirziyoyev/HOST"
            + " | false",
        "Tokayev invited Trump to the summit."
            + " | INVITATION person:donald-trump/INVITEE person:kassym-jomart-tokayev/INVITER"
            + " | INVITATION person:donald-trump/INVITEE person:kassym-jomart-tokayev/INVITER"
            + " | false",
    })
    void parseCorrectsWordOrder(String sentence, String parsed, String rules, boolean parses) {
        long before = Extractors.EXTRACTOR.syntaxStats().parsed();
        assertThat(extract(Extractors.EXTRACTOR, sentence.trim())).isEqualTo(parsed.trim());
        assertThat(Extractors.EXTRACTOR.syntaxStats().parsed() > before).isEqualTo(parses);
        assertThat(extract(RULES_ONLY, sentence.trim())).isEqualTo(rules.trim());
        assertThat(RULES_ONLY.syntaxStats().parsed()).isZero();
    }
}
