package dev.chancery.bench.harness;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How the printed table shows a number: three places below 10, one below 100, whole with separators above. */
class ReportTableTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", delimiter = '|', value = {
            "0.0471   | 0.047",
            "2.46     | 2.460",
            "9.9996   | 10.000",
            "28.46    | 28.5",
            "99.94    | 99.9",
            "100      | 100",
            "605.4    | 605",
            "18040.45 | 18,040",
            "-3.5     | -3.500",
            "null     | -",
    })
    void number(Double value, String printed) {
        assertThat(ReportTable.num(value)).isEqualTo(printed);
    }
}
