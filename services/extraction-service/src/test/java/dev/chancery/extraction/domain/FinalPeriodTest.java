package dev.chancery.extraction.domain;

import opennlp.tools.util.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A full stop left on a sentence's last word is split off, except from abbreviations. */
class FinalPeriodTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Trump invited Tokayev. | Trump,invited,Tokayev,.",
        "Tokayev invited Trump . | Tokayev,invited,Trump,.",
        "They met in the U.S. | They,met,in,the,U.S.",
        "They spoke on Dec. | They,spoke,on,Dec.",
        "Yes | Yes",
        "He said they met Aliyev. \" | He,said,they,met,Aliyev,.,\"",
    })
    void splitsTheFinalPeriod(String sentence, String expected) {
        String text = sentence.trim();
        Span[] words = Arrays.stream(text.split(" ")).map(w -> {
            int at = text.indexOf(w);
            return new Span(at, at + w.length());
        }).toArray(Span[]::new);
        String actual = Arrays.stream(TextAnalyzer.finalStop(text, words))
                .map(s -> text.substring(s.getStart(), s.getEnd())).collect(Collectors.joining(","));
        assertThat(actual).isEqualTo(expected.trim());
    }
}
