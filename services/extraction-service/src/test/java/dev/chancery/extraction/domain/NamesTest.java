package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ActorKind;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ActorRole;
import dev.chancery.model.claim.Attribution;
import dev.chancery.model.claim.Channel;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.reference.ReferenceData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Table-driven tests of names the reference data lacks: unknown officials, demonym groups, regions, lists. */
class NamesTest {
    private static final NlpModels MODELS = new NlpModels();
    private static final TextAnalyzer ANALYZER = new TextAnalyzer(MODELS);
    private static final ReferenceData REF = ReferenceData.load();
    private static final Gazetteer GAZ = new Gazetteer(REF, MODELS);
    private static final MentionResolver MENTIONS = new MentionResolver(new Offices(REF));
    private static final LocalDate DAY = LocalDate.of(2025, 11, 10);

    private static List<Mention> mentions(String text) {
        Sentence s = ANALYZER.analyse(text).get(0);
        return MENTIONS.resolve(s, GAZ.find(s), DAY);
    }

    /** The mention whose text contains the word, if any. */
    private static Optional<Mention> covering(String text, String word) {
        return mentions(text).stream().filter(m -> Arrays.asList(m.text().split("[ ,]+")).contains(word)).findFirst();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Portuguese President Rui Tavares Lemos spoke. | Lemos | person:unlisted:rui-tavares-lemos | PRT",
        "British Defence Secretary Tom Hale spoke. | Hale | person:unlisted:tom-hale | GBR",
        "Chief Palestinian negotiator Samir Haddad spoke. | Haddad | person:unlisted:samir-haddad | PSE",
        "Kazakh presidential aide Timur Seitov spoke. | Seitov | person:unlisted:timur-seitov | KAZ",
        "Iran's religious leader Ayatollah Hossein Rahimi spoke. | Rahimi | person:unlisted:ayatollah-hossein-rahimi | IRN",
        "Mahmoud Fathy, the Egyptian foreign minister, spoke. | Fathy | person:unlisted:mahmoud-fathy | EGY",
        "Nigeria's Minister of Foreign Affairs Ade Okonjo spoke. | Okonjo | person:unlisted:ade-okonjo | NGA",
        "Russian President Ivan Petrov spoke. | Petrov | person:unlisted:ivan-petrov | RUS",
        "Dutch Foreign Minister Jan van der Berg spoke. | Berg | person:unlisted:jan-van-der-berg | NLD",
        "Russian President Vladimir Putin spoke. | Putin | person:vladimir-putin | RUS",
        "Egyptian Foreign Minister Badr Abdelatty spoke. | Abdelatty | person:badr-abdelatty | EGY",
        "Badr Abdelatty, the Egyptian foreign minister, spoke. | Abdelatty | person:badr-abdelatty | EGY",
        "The Egyptian foreign minister spoke. | minister | person:badr-abdelatty | EGY",
        "A senior Jordanian official spoke. | official | JOR | JOR",
        "Palestinian officials spoke. | officials | PSE | PSE",
        "Ivory Coast rebels spoke. | Coast | CIV | CIV",
        "The Palestinians spoke. | Palestinians | PSE | PSE",
        "Hungarian and Romanian officials spoke. | Hungarian | HUN | HUN",
        "Hungarian and Romanian officials spoke. | Romanian | ROU | ROU",
        "The akim of Astana spoke. | akim | KAZ | KAZ",
        "Israeli commanders spoke. | commanders | ISR | ISR",
        "The Uzbek side spoke. | side | UZB | UZB",
        "Chairman of the Halk Maslahaty Gurbanguly Berdimuhamedov spoke. | Berdimuhamedov | person:gurbanguly-berdimuhamedov | TKM",
        "Tokayev Invites Trump to Visit Kazakhstan. | Trump | person:donald-trump | USA",
        "He met Azerbaijani President Ilham Aliyev. | Ilham | person:ilham-aliyev | AZE",
        "Aida Sarsenova, the Kazakh leader's aide, spoke. | leader | person:kassym-jomart-tokayev | KAZ",
        "Aida Sarsenova, the Kazakh leader's aide, spoke. | Sarsenova | person:unlisted:aida-sarsenova | KAZ",
    })
    void officialsAndGroups(String text, String word, String id, String country) {
        Mention m = covering(text, word).orElseThrow();
        assertThat(m.entity().id()).isEqualTo(id);
        assertThat(m.entity().country()).isEqualTo(country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Prime Minister Nuno Vieira Matos spoke. | Vieira",
        "The ethnic Albanians protested. | Albanians",
        "The Kazakh economy grew. | Kazakh",
    })
    void notAnActor(String text, String word) {
        assertThat(covering(text, word)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tokayev, and the other four Central Asian presidents, met. | KGZ TJK TKM UZB",
        "The five Central Asian presidents met. | KAZ KGZ TJK TKM UZB",
        "The Baltic states met. | EST LVA LTU",
        "Aliyev and the other South Caucasus leaders met. | ARM GEO",
    })
    void regions(String text, String countries) {
        Mention set = mentions(text).stream().filter(m -> m.ref() == Mention.Ref.SET).findFirst().orElseThrow();
        assertThat(set.members()).extracting(Entity::country).containsExactly(countries.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Trump invited the heads of state of Kazakhstan, Kyrgyzstan and Tajikistan to Washington. | KAZ KGZ TJK",
        "Xi invited the leaders of Egypt, Qatar and Turkey to Beijing. | EGY QAT TUR",
        "The United States invited some 60 countries, including Brazil and India, to the forum. | BRA IND",
        "Trump invited Kazakhstan, Uzbekistan, Azerbaijan and Armenia to the summit. | KAZ UZB AZE ARM",
        "Kazakhstan and Uzbekistan were invited to the summit. | KAZ UZB",
        "The United States invited the leaders of a number of countries to the ceremony. | -",
    })
    void everyListMemberIsAnInvitee(String text, String invitees) {
        List<String> got = claims(text).stream().flatMap(c -> c.actors().stream())
                .filter(a -> a.role() == ActorRole.INVITEE).map(ActorRef::country).toList();
        assertThat(got).containsExactly(invitees.equals("-") ? new String[0] : invitees.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Portuguese President Rui Tavares Lemos invited Tokayev to Lisbon. | INVITER | person:unlisted:rui-tavares-lemos | Rui Tavares Lemos | PRT",
        "Serbian Defence Minister Goran Vukotic met Hungarian Foreign Minister Laszlo Bereny. | PARTICIPANT | person:unlisted:goran-vukotic | Goran Vukotic | SRB",
    })
    void unknownOfficialInAClaim(String text, ActorRole role, String id, String name, String country) {
        ActorRef a = claims(text).get(0).actors().stream().filter(x -> x.role() == role).findFirst().orElseThrow();
        assertThat(a).isEqualTo(new ActorRef(id, name, ActorKind.PERSON, role, country));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Egypt invited Turkey to the summit, Egyptian Foreign Minister Karim Said Mansour said. | FOREIGN_MINISTRY | person:unlisted:karim-said-mansour | EGY",
        "Trump will visit Kazakhstan, Kazakh presidential aide Timur Seitov said. | SPOKESPERSON | person:unlisted:timur-seitov | KAZ",
        "Tokayev has invited Lula to Astana, Portuguese President Rui Lemos said. | LEADER_STATEMENT | person:unlisted:rui-lemos | PRT",
        "Tokayev invited Erdogan to Astana, Serbian Defence Minister Goran Vukotic said. | GOVERNMENT_STATEMENT | person:unlisted:goran-vukotic | SRB",
        "Aida Sarsenova, the Kazakh leader's aide, said that Tokayev had invited Erdogan to Astana. | SPOKESPERSON | person:unlisted:aida-sarsenova | KAZ",
    })
    void unknownOfficialAsTheSpeaker(String text, Channel channel, String speakerId, String country) {
        Attribution a = claims(text).get(0).attribution();
        assertThat(a.channel()).isEqualTo(channel);
        assertThat(a.speakerId()).isEqualTo(speakerId);
        assertThat(a.country()).isEqualTo(country);
    }

    private static List<ClaimExtracted> claims(String text) {
        return Extractors.EXTRACTOR.extract(Extractors.article("names-test", DAY.toString(), "Reuters", OutletKind.WIRE,
                null, text));
    }
}
