package dev.chancery.faults.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The run's corpus: n distinct articles, the same for a seed, each valid for ingestion and one NDJSON line. */
class GeneratedArticlesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} articles of seed {1}")
    @CsvSource({"1, 1", "30, 1", "30, 2", "300, 7"})
    void distinctDeterministicAndValid(int n, long seed) throws Exception {
        List<GeneratedArticles.Article> articles = GeneratedArticles.of(n, seed);
        assertThat(articles).hasSize(n);
        assertThat(articles.stream().map(GeneratedArticles.Article::expectedId).collect(Collectors.toSet()))
                .hasSize(n);
        assertThat(GeneratedArticles.of(n, seed)).isEqualTo(articles);
        for (GeneratedArticles.Article a : articles) {
            JsonNode json = JSON.readTree(a.json());
            assertThat(json.path("url").asText()).isEqualTo(a.url());
            assertThat(json.path("body").asText().split("\\s+").length).isGreaterThanOrEqualTo(150);
            assertThat(json.path("language").asText()).isEqualTo("en");
        }
        String ndjson = new String(GeneratedArticles.ndjson(articles), StandardCharsets.UTF_8);
        assertThat(ndjson.split("\n")).hasSize(n);
    }

    @ParameterizedTest(name = "seeds {0} and {1} share no article")
    @CsvSource({"1, 2", "2, 3"})
    void seedsDoNotCollide(long a, long b) {
        var first = GeneratedArticles.of(20, a).stream().map(GeneratedArticles.Article::expectedId).toList();
        var second = GeneratedArticles.of(20, b).stream().map(GeneratedArticles.Article::expectedId).toList();
        assertThat(first).doesNotContainAnyElementsOf(second);
    }
}
