package dev.chancery.bench.cpu;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Extraction alone's rates, and its CPU ms per article (the baseline of the per-article CPU rows). */
class ExtractionRateTest {

    @ParameterizedTest(name = "{0} articles, {1} sentences, {2} claims on {3} threads in {4} s")
    @CsvSource({
            "8130, 243900, 16260, 1, 20, 406.5, 12195.0, 813.0, 2.46",
            "12100, 363000, 24200, 2, 20, 605.0, 18150.0, 1210.0, 3.306",
            "1000, 30000, 2000, 1, 5, 200.0, 6000.0, 400.0, 5.0",
            // two threads each as fast as one: the same CPU per article
            "16260, 487800, 32520, 2, 20, 813.0, 24390.0, 1626.0, 2.46",
    })
    void rates(long articles, long sentences, long claims, int threads, double seconds, double articlesPerSec,
            double sentencesPerSec, double claimsPerSec, double msPerArticle) {
        ExtractionRate rate = new ExtractionRate(articles, sentences, claims, threads, seconds);
        assertThat(rate.articlesPerSec()).isCloseTo(articlesPerSec, within(1e-9));
        assertThat(rate.sentencesPerSec()).isCloseTo(sentencesPerSec, within(1e-9));
        assertThat(rate.claimsPerSec()).isCloseTo(claimsPerSec, within(1e-9));
        assertThat(rate.msPerArticle()).isCloseTo(msPerArticle, within(0.001));
    }
}
