package dev.chancery.extraction.domain.syntax;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The CoreNLP tagger and parser over given tokens: the relations the roles rely on, and one model for all threads. */
class CoreNlpParserTest {
    private static final CoreNlpParser PARSER = new CoreNlpParser();
    private static final List<String> SENTENCES = List.of(
            "Tokayev invited Trump to visit Kazakhstan .",
            "Pashinyan was invited by Mirziyoyev .",
            "Tokayev and Mirziyoyev discussed the war in Ukraine by phone .",
            "Aliyev , who met Erdogan on Monday , will visit Baku .");

    private static List<String> words(String s) {
        return Arrays.asList(s.split(" "));
    }

    @ParameterizedTest(name = "{0}: {1}({2}) = {3}")
    @CsvSource(delimiter = '|', value = {
        "Tokayev invited Trump to visit Kazakhstan . | subject | 1 | 0",
        "Tokayev invited Trump to visit Kazakhstan . | objects | 1 | [2]",
        "Tokayev invited Trump to visit Kazakhstan . | xcomp | 1 | 4",
        "Tokayev invited Trump to visit Kazakhstan . | objects | 4 | [5]",
        "Pashinyan was invited by Mirziyoyev . | subject | 2 | 0",
        "Pashinyan was invited by Mirziyoyev . | passive | 2 | true",
        "Pashinyan was invited by Mirziyoyev . | caseMarker | 4 | 3",
        "Aliyev , who met Erdogan on Monday , will visit Baku . | subject | 9 | 0",
        "Aliyev , who met Erdogan on Monday , will visit Baku . | relation | 3 | acl:relcl",
    })
    void readsTheRelationsRolesUse(String sentence, String query, int token, String expected) {
        Parse p = PARSER.parse(words(sentence.trim()));
        Object actual = switch (query.trim()) {
            case "subject" -> p.subject(token);
            case "objects" -> p.objects(token);
            case "xcomp" -> p.xcomp(token);
            case "passive" -> p.passive(token);
            case "caseMarker" -> p.caseMarker(token);
            case "relation" -> p.relation(token);
            default -> throw new IllegalArgumentException(query);
        };
        assertThat(String.valueOf(actual).replace(" ", "")).isEqualTo(expected.trim());
        assertThat(p.size()).isEqualTo(words(sentence.trim()).size());
    }

    @Test
    void threadsShareTheModelsAndGetTheSameParses() throws Exception {
        List<Parse> alone = SENTENCES.stream().map(s -> PARSER.parse(words(s))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Parse>> futures = new ArrayList<>();
            for (int round = 0; round < 10; round++) {
                for (String s : SENTENCES) {
                    futures.add(pool.submit(() -> PARSER.parse(words(s))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(alone.get(i % SENTENCES.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
