package dev.chancery.extraction.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PloverScoringTest {

    private static PloverRecord record(String event, String mode, String eventText, String source, String target) {
        return new PloverRecord("r", LocalDate.of(2004, 1, 1), "text", event, mode, eventText,
                List.of(source.split(",")), List.of(target.split(",")));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "CONSULT;    met;                               true",
            "AGREE;      agreed to visit;                   true",
            "AGREE;      accepted an invitation;            true",
            "AGREE;      agreed to hold talks;              true",
            "REJECT;     opposed mediation;                 true",
            "DISAPPROVE; protested;                         false",
            "REJECT;     rejected calls for aid;            false",
            "REJECT;     said not meet demands release;     false",
            "AGREE;      agreed to meet;                    true",
            "FIGHT;      clashed during talks;              false",
            "AGREE;      took hostages;                     false",
    })
    void scopeComesFromTheGoldCoding(String event, String eventText, boolean diplomatic) {
        assertThat(PloverScope.diplomatic(record(event, "", eventText, "USA", "RUS"))).isEqualTo(diplomatic);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "USA,IGO,-;        USA",
            "JAP,ITL,VTN;      ITA,JPN,VNM",
            "NGO,IMG,ISM;      ''",
            "pse,HKG;          HKG,PSE",
    })
    void countriesAreIsoAlpha3(String codes, String expected) {
        assertThat(PloverCountries.of(Arrays.asList(codes.split(",")))).containsExactlyElementsOf(
                expected.isEmpty() ? List.of() : List.of(expected.split(",")));
    }

    /** Gold event/mode, gold countries, claims separated by "|" -> matched, countries right (or null). */
    @ParameterizedTest(name = "{0}/{1} {3}")
    @CsvSource(delimiter = ';', value = {
            "AGREE;   '';    RUS,ARM; MEETING RUS/PARTICIPANT ARM/PARTICIPANT plover=AGREE/meet;         true;  true",
            "AGREE;   '';    RUS,ARM; MEETING RUS/PARTICIPANT plover=AGREE/meet;                         true;  false",
            "AGREE;   '';    RUS,IGO; MEETING RUS/PARTICIPANT plover=AGREE/meet;                         true;  true",
            "AGREE;   '';    IGO;     MEETING RUS/PARTICIPANT plover=AGREE/meet;                         true;  ",
            "CONSULT; phone; RUS,ARM; PHONE_CALL RUS/PARTICIPANT ARM/PARTICIPANT plover=CONSULT/phone;   true;  true",
            "CONSULT; visit; RUS,ARM; PHONE_CALL RUS/PARTICIPANT ARM/PARTICIPANT plover=CONSULT/phone;   false; ",
            "AGREE;   '';    RUS,ARM; MEETING RUS/PARTICIPANT ARM/PARTICIPANT plover=CONSULT/meet;       false; ",
            "AGREE;   '';    RUS,ARM; MEETING RUS/PARTICIPANT plover=CONSULT/meet | VISIT RUS/VISITOR ARM/HOST plover=AGREE/meet; true; true",
    })
    void eventModeAndCountries(String event, String mode, String gold, String claims, boolean matched, Boolean countries) {
        PloverOutcome o = PloverScorer.score(record(event, mode, "agreed to meet", gold, ""),
                Arrays.stream(claims.split("\\|")).map(Claims::claim).toList());
        assertThat(o.matched()).isEqualTo(matched);
        assertThat(o.countriesRight()).isEqualTo(countries);
        assertThat(o.falsePositive()).isEqualTo(!matched);
    }

    @Test
    void summaryCountsRecallCountriesAndOvercoding() {
        PloverRecord agree = record("AGREE", "", "agreed to meet", "RUS", "ARM");
        PloverRecord fight = record("FIGHT", "firearms", "clashed", "RUS", "ARM");
        List<PloverOutcome> outcomes = List.of(
                PloverScorer.score(agree, List.of(Claims.claim("MEETING RUS/PARTICIPANT ARM/PARTICIPANT plover=AGREE/meet"))),
                PloverScorer.score(agree, List.of(Claims.claim("MEETING RUS/PARTICIPANT plover=AGREE/meet"))),
                PloverScorer.score(agree, List.of(Claims.claim("MEETING RUS/PARTICIPANT plover=CONSULT/meet"))),
                PloverScorer.score(agree, List.of()),
                PloverScorer.score(fight, List.of()),
                PloverScorer.score(fight, List.of(Claims.claim("VISIT RUS/VISITOR plover=CONSULT/visit"))));
        PloverSummary s = PloverSummary.of(outcomes);
        assertThat(List.of(s.inScope(), s.total().tp(), s.total().fp(), s.total().fn())).containsExactly(4, 2, 1, 2);
        assertThat(s.perEvent().get("CONSULT").fp()).isEqualTo(1);
        assertThat(s.total().recall()).isEqualTo(0.5);
        assertThat(s.countries()).isEqualTo(0.5);
        assertThat(List.of(s.outOfScope(), s.overcoded())).containsExactly(2, 1);
        assertThat(s.overcoding()).isEqualTo(0.5);
    }
}
