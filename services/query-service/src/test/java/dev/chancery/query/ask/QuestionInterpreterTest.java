package dev.chancery.query.ask;

import dev.chancery.model.claim.ClaimType;
import dev.chancery.model.verdict.InvitationState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Stream;

import static dev.chancery.model.verdict.InvitationState.ACCEPTED;
import static dev.chancery.model.verdict.InvitationState.CONSIDERING;
import static dev.chancery.model.verdict.InvitationState.DECLINED;
import static dev.chancery.model.verdict.InvitationState.EXCLUDED;
import static dev.chancery.model.verdict.InvitationState.INVITED;
import static dev.chancery.model.verdict.InvitationState.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Question in, interpretation out: one row per question, with today fixed at 10 February 2026. */
class QuestionInterpreterTest {
    static final Clock FEB_10_2026 = Clock.fixed(Instant.parse("2026-02-10T12:00:00Z"), ZoneOffset.UTC);
    static final QuestionInterpreter INTERPRETER = new QuestionInterpreter(FEB_10_2026);
    static final String G20_2026 = "gathering:g20-2026";
    static final String BOARD = "gathering:board-of-peace";

    @ParameterizedTest(name = "{0}")
    @MethodSource("understoodQuestions")
    void interpretsQuestion(String question, Interpretation expected) {
        assertThat(INTERPRETER.interpret(question)).isEqualTo(expected);
    }

    static Stream<Arguments> understoodQuestions() {
        return Stream.of(
                // invitations to a gathering, by name, alias, series + city / year / host / "upcoming"
                arguments("who is invited to the Miami G20?", invited(G20_2026, null)),
                arguments("Who's invited to the G20 summit in Miami?", invited(G20_2026, null)),
                arguments("WHO IS INVITED TO THE MIAMI G-20?", invited(G20_2026, null)),
                arguments("who is invited to the G-20 summit in Doral?", invited(G20_2026, null)),
                arguments("list the invitees of the 2026 G20", invited(G20_2026, null)),
                arguments("who is invited to the G20 in the US?", invited(G20_2026, null)),
                arguments("who declined the Board of Peace?", invited(BOARD, null, DECLINED)),
                arguments("who turned down the invitation to the Board of Peace?", invited(BOARD, null, DECLINED)),
                arguments("who rejected the Gaza Board of Peace?", invited(BOARD, null, DECLINED)),
                arguments("who accepted the invitation to the Board of Peace?", invited(BOARD, null, ACCEPTED)),
                arguments("who joined the Board of Peace?", invited(BOARD, null, ACCEPTED)),
                arguments("who accepted or declined the Board of Peace?", invited(BOARD, null, ACCEPTED, DECLINED)),
                arguments("which countries are considering the invitation to the Board of Peace?",
                        invited(BOARD, null, CONSIDERING)),
                arguments("whose invitation to the Board of Peace was withdrawn?", invited(BOARD, null, WITHDRAWN)),
                arguments("who was excluded from the G20 in Miami?", invited(G20_2026, null, EXCLUDED)),
                arguments("who was left out of the Miami G20?", invited(G20_2026, null, EXCLUDED)),
                arguments("who hasn't responded to the invitation to the G20 2026?", invited(G20_2026, null, INVITED)),
                arguments("who attended the 2025 G20 summit?", invited("gathering:g20-2025", null, ACCEPTED)),
                arguments("who attended the South African G20?", invited("gathering:g20-2025", null, ACCEPTED)),
                arguments("who is invited to the NATO summit in Ankara?", invited("gathering:nato-2026", null)),
                arguments("who is invited to the UNGA?", invited("gathering:unga-80", null)),
                // one invitee
                arguments("is Kazakhstan invited to the G20 2026?", invited(G20_2026, "KAZ")),
                arguments("is the Kazakh president invited to the G-20 summit in Doral?", invited(G20_2026, "KAZ")),
                arguments("Is Uzbekistan invited to the upcoming G20?", invited(G20_2026, "UZB")),
                arguments("Was Kazakhstan invited to the SCO summit in Tianjin?", invited("gathering:sco-2025", "KAZ")),
                arguments("is Kazakhstan invited to the C5+1 summit?", invited("gathering:c5-plus-1-2025", "KAZ")),
                arguments("Has Kazakhstan accepted the invitation to the Board of Peace?", invited(BOARD, "KAZ", ACCEPTED)),
                arguments("Did Uzbekistan decline the Board of Peace?", invited(BOARD, "UZB", DECLINED)),
                arguments("Is South Africa excluded from the G20 2026?", invited(G20_2026, "ZAF", EXCLUDED)),
                arguments("Did Trump invite Tokayev to the Board of Peace?", invited(BOARD, "KAZ")),
                arguments("who was invited by Trump to the G20 2026?", invited(G20_2026, null)),
                arguments("has Trump been invited to Kazakhstan?", invited("gathering:visit-kaz", "USA")),
                // invitations issued by an actor
                arguments("who has Kazakhstan invited?", new InvitationsBy("KAZ")),
                arguments("whom did Trump invite?", new InvitationsBy("USA")),
                arguments("which countries has China invited?", new InvitationsBy("CHN")),
                arguments("What invitations has Kazakhstan sent?", new InvitationsBy("KAZ")),
                arguments("invitations from the Kremlin", new InvitationsBy("RUS")),
                arguments("invitations issued by Russia", new InvitationsBy("RUS")),
                // contacts
                arguments("did Tokayev and Trump speak in September 2025?",
                        contacts("KAZ", "USA", null, "2025-09-01", "2025-09-30")),
                arguments("did Tokayev speak with Trump in December 2025?",
                        contacts("KAZ", "USA", null, "2025-12-01", "2025-12-31")),
                arguments("has Mirziyoyev called Trump?", contacts("UZB", "USA", ClaimType.PHONE_CALL, null, null)),
                arguments("has Mirziyoyev phoned President Trump?",
                        contacts("UZB", "USA", ClaimType.PHONE_CALL, null, null)),
                arguments("Did the Kazakh president call President Trump?",
                        contacts("KAZ", "USA", ClaimType.PHONE_CALL, null, null)),
                arguments("did Tokayev call Trump on December 23?",
                        contacts("KAZ", "USA", ClaimType.PHONE_CALL, "2025-12-23", "2025-12-23")),
                arguments("did Akorda and the White House talk on 23 December 2025?",
                        contacts("KAZ", "USA", null, "2025-12-23", "2025-12-23")),
                arguments("Has the Kremlin called Washington since May 2025?",
                        contacts("RUS", "USA", ClaimType.PHONE_CALL, "2025-05-01", null)),
                arguments("who visited Kazakhstan last year?",
                        contacts("KAZ", null, ClaimType.VISIT, "2025-01-01", "2025-12-31")),
                arguments("Did Tokayev visit Washington in November 2025?",
                        contacts("KAZ", "USA", ClaimType.VISIT, "2025-11-01", "2025-11-30")),
                arguments("who has met Xi this year?", contacts("CHN", null, ClaimType.MEETING, "2026-01-01", "2026-12-31")),
                arguments("did Putin and Xi meet between March and May 2025?",
                        contacts("RUS", "CHN", ClaimType.MEETING, "2025-03-01", "2025-05-31")),
                arguments("contacts between Russia and China last month",
                        contacts("RUS", "CHN", null, "2026-01-01", "2026-01-31")),
                arguments("did the Kazakh president and the Uzbek president meet?",
                        contacts("KAZ", "UZB", ClaimType.MEETING, null, null)),
                // timelines
                arguments("what has Uzbekistan done?", new Timeline("UZB")),
                arguments("timeline of Tokayev", new Timeline("KAZ")),
                arguments("what has Tokayev been up to?", new Timeline("KAZ")),
                arguments("history of Uzbekistan", new Timeline("UZB")),
                arguments("Show me Japarov's timeline", new Timeline("KGZ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            who is invited to the Mars summit?                  | did not recognise "Mars"
            who is invited to the Olympic summit?               | did not recognise "Olympic"
            who is invited to the G20 2030?                     | no known gathering matches "G20 2030"
            who is going to next year's G20?                    | no known gathering matches "G20 next year"
            Who declined the G20?                               | "G20" could be any of 2026 G20 summit (gathering:g20-2026), 2025 G20 summit (gathering:g20-2025)
            what's the weather in Astana?                       | recognised actor Astana -> Kazakhstan (KAZ)
            what is the weather in Washington tomorrow?         | but the kind of question was not recognised
            colorless green ideas sleep furiously               | the kind of question was not recognised
            hello                                               | the kind of question was not recognised
            ''                                                  | the question is empty
            did Tokayev call Bob?                               | did not recognise "Bob"
            did Putin and Trump meet in Alaska in August 2025?  | did not recognise "Alaska"
            did Brussels call Moscow?                           | "Brussels" could be Belgium (BEL) or European Union (org:eu)
            Did Tokayev call Trump and Putin?                   | but contacts are asked about for one actor or between two
            Did Trump and Rubio meet?                           | but both sides stand for United States (USA)
            who is invited?                                     | but name one gathering, or the one actor whose invitations you want
            who invited Kazakhstan?                             | but invitations received by Kazakhstan are asked about per gathering
            who declined Trump's invitations?                   | but acceptances, refusals and exclusions are asked about for one gathering
            who did Xi invite to the G20 2026?                  | recognised actor Xi -> China (CHN)
            did Kazakhstan not accept the Board of Peace?       | but negative questions are not supported
            what did Kazakhstan do in 2025?                     | but a timeline covers all time; ask about contacts for a period
            did Trump meet Xi at the Johannesburg G20?          | but contacts are asked about between actors, not at a gathering
            """)
    void refusesWithWhatItUnderstood(String question, String understood) {
        Interpretation result = INTERPRETER.interpret(question);

        assertThat(result).isInstanceOf(Uninterpretable.class);
        Uninterpretable refusal = (Uninterpretable) result;
        assertThat(refusal.question()).isEqualTo(question.strip());
        assertThat(refusal.understood()).contains(understood);
        assertThat(refusal.examples()).isNotEmpty();
        assertThat(refusal.endpoint()).isEmpty();
    }

    static GatheringInvitations invited(String gathering, String invitee, InvitationState... states) {
        return new GatheringInvitations(gathering, Set.of(states), invitee);
    }

    static Contacts contacts(String actor, String counterpart, ClaimType type, String from, String to) {
        return new Contacts(actor, counterpart, type, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }
}
