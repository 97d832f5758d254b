package dev.chancery.ingestion.service;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UrlNormaliserTest {
    private final UrlNormaliser urls = new UrlNormaliser();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HTTPS://News.Example.ORG/World/Story                     | https://news.example.org/World/Story
            https://news.example.org:443/a                           | https://news.example.org/a
            http://news.example.org:80/a                             | http://news.example.org/a
            https://news.example.org:8443/a                          | https://news.example.org:8443/a
            https://news.example.org/a#comments                      | https://news.example.org/a
            https://news.example.org/a/                              | https://news.example.org/a
            https://news.example.org/                                | https://news.example.org
            https://news.example.org                                 | https://news.example.org
            https://news.example.org//a//b///                        | https://news.example.org/a/b
            https://news.example.org/a?utm_source=x&utm_medium=y     | https://news.example.org/a
            https://news.example.org/a?UTM_Campaign=spring           | https://news.example.org/a
            https://news.example.org/a?fbclid=abc&gclid=def          | https://news.example.org/a
            https://news.example.org/a?mc_cid=1&mc_eid=2&ref=home    | https://news.example.org/a
            https://news.example.org/a?b=2&a=1                       | https://news.example.org/a?a=1&b=2
            https://news.example.org/a?id=7&utm_source=mail&page=2   | https://news.example.org/a?id=7&page=2
            https://news.example.org/a?&&id=7&                       | https://news.example.org/a?id=7
            https://news.example.org/caf%c3%a9                       | https://news.example.org/caf%C3%A9
            https://news.example.org./a                              | https://news.example.org/a
            '  https://news.example.org/a  '                         | https://news.example.org/a
            """)
    void normalises(String input, String expected) {
        assertThat(urls.normalise(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"news.example.org/a", "ftp://news.example.org/a", "https:///a", "not a url", "mailto:desk@example.org"})
    void refusesWhatIsNotAnAbsoluteHttpUrl(String input) {
        assertThatThrownBy(() -> urls.normalise(input)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://news.example.org/a?utm_source=x#top | HTTPS://NEWS.EXAMPLE.ORG:443/a/
            https://news.example.org/a?y=2&x=1          | https://news.example.org/a?x=1&y=2&fbclid=zz
            """)
    void variantsOfOneArticleShareAnId(String one, String other) {
        assertThat(ArticleIds.of(urls.normalise(one), "x")).isEqualTo(ArticleIds.of(urls.normalise(other), "y"));
    }
}
