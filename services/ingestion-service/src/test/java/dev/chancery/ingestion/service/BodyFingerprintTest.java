package dev.chancery.ingestion.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BodyFingerprintTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            The Envoy Arrived.                   | the envoy arrived.
            '  the   envoy\tarrived. '           | the envoy arrived.
            'THE ENVOY\r\n\r\nARRIVED.'          | the envoy arrived.
            'the\u00a0envoy\u2003arrived.'       | the envoy arrived.
            'ﬁnal talks'                         | final talks
            """)
    void collapsesWhitespaceAndCase(String body, String normalised) {
        assertThat(BodyFingerprint.normalise(body.translateEscapes())).isEqualTo(normalised);
    }

    @Test
    void rewrappedCopiesShareAFingerprintAndDifferentTextsDoNot() {
        String original = "Ministers met in the capital on Monday.\nThey discussed the border.";
        String rewrapped = "  ministers met in the capital   on Monday. They discussed\tthe border. ";
        assertThat(BodyFingerprint.sha256(rewrapped)).isEqualTo(BodyFingerprint.sha256(original)).hasSize(64);
        assertThat(BodyFingerprint.sha256("Ministers met in the capital on Tuesday."))
                .isNotEqualTo(BodyFingerprint.sha256(original));
    }
}
