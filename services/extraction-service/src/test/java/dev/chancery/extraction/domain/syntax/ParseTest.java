package dev.chancery.extraction.domain.syntax;

import dev.chancery.extraction.domain.Sentence;
import dev.chancery.extraction.domain.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parse record's queries and the clause readings over a hand-made parse (no model loaded). */
class ParseTest {
    // "Tokayev , who arrived in Ankara , invited Trump to visit Kazakhstan ."
    private static final String[] WORDS = {"Tokayev", ",", "who", "arrived", "in", "Ankara", ",", "invited", "Trump",
        "to", "visit", "Kazakhstan", "."};
    private static final String[] LEMMAS = {"tokayev", ",", "who", "arrive", "in", "ankara", ",", "invite", "trump",
        "to", "visit", "kazakhstan", "."};
    private static final int[] HEADS = {7, 0, 3, 0, 5, 3, 0, -1, 7, 10, 7, 10, 7};
    private static final String[] RELS = {"nsubj", "punct", "nsubj", "acl:relcl", "case", "obl", "punct", "root", "obj",
        "mark", "xcomp", "obj", "punct"};
    static final Parse PARSE = new Parse(HEADS, RELS);
    static final Sentence SENTENCE = sentence();

    private static Sentence sentence() {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < WORDS.length; i++) {
            tokens.add(new Token(WORDS[i], WORDS[i].toLowerCase(), at, at + WORDS[i].length(), "X", LEMMAS[i]));
            at += WORDS[i].length() + 1;
        }
        return new Sentence(0, 0, at, String.join(" ", WORDS), tokens, true);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "subject 7 | 0",
        "subject 3 | 2",
        "subject 10 | -1",
        "objects 7 | [8]",
        "objects 3 | []",
        "xcomp 7 | 10",
        "xcomp 10 | -1",
        "modifiersOf 0 | [3]",
        "caseMarker 5 | 4",
        "passive 7 | false",
        "inSubtree 5 0 | true",
        "inSubtree 11 10 | true",
        "inSubtree 8 10 | false",
        "inSubtree 7 7 | true",
        "clauseSubject 7 | 0",
        "clauseSubject 10 | 8",
        "clauseSubject 3 | 0",
        "topic 11 7 | true",
        "topic 8 7 | false",
        "topic 5 7 | false",
        "sameClause 8 7 | true",
        "sameClause 5 7 | false",
        "sameClause 11 7 | true",
    })
    void queries(String query, String expected) {
        String[] q = query.split(" ");
        int a = Integer.parseInt(q[1]);
        int b = q.length > 2 ? Integer.parseInt(q[2]) : -1;
        Object actual = switch (q[0]) {
            case "subject" -> PARSE.subject(a);
            case "objects" -> PARSE.objects(a);
            case "xcomp" -> PARSE.xcomp(a);
            case "modifiersOf" -> PARSE.modifiersOf(a);
            case "caseMarker" -> PARSE.caseMarker(a);
            case "passive" -> PARSE.passive(a);
            case "inSubtree" -> PARSE.inSubtree(a, b);
            case "clauseSubject" -> Clauses.subject(PARSE, SENTENCE, a);
            case "topic" -> Clauses.topic(PARSE, SENTENCE, a, b);
            case "sameClause" -> Clauses.sameClause(PARSE, a, b);
            default -> throw new IllegalArgumentException(query);
        };
        assertThat(String.valueOf(actual).replace(" ", "")).isEqualTo(expected.trim());
    }

    @Test
    void isImmutableAndChecksItsShape() {
        int[] heads = {-1, 0};
        Parse p = new Parse(heads, new String[] {"root", "obj"});
        heads[1] = 5;
        assertThat(p.head(1)).isZero();
        assertThatThrownBy(() -> new Parse(new int[] {-1}, new String[] {"root", "obj"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"auto, AUTO", "OFF, OFF", "'', AUTO", "on, AUTO", "false, OFF"})
    void modes(String value, ParserMode mode) {
        assertThat(ParserMode.of(value)).isEqualTo(mode);
    }
}
