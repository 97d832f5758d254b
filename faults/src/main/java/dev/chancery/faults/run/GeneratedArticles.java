package dev.chancery.faults.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.bench.extraction.ArticleCorpusGenerator;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.fact.DeterministicIds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The run's articles: the bench's generated text, each under a URL of its own (so each is a new article). */
final class GeneratedArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One article as ingestion takes it, and the id ingestion will give it (from its already normal URL). */
    record Article(String url, String expectedId, String json) {
    }

    private GeneratedArticles() {
    }

    /** {@code n} articles of 150-450 words, deterministic for the seed. */
    static List<Article> of(int n, long seed) {
        ArticleCorpusGenerator generator = new ArticleCorpusGenerator(seed);
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ArticleIngested a = generator.article(150 + (int) Math.floorMod(seed * 31 + i * 97L, 301));
            String url = "https://faults.example.org/" + seed + "/article-" + i;
            out.add(new Article(url, DeterministicIds.of("article", url).toString(), json(url, a)));
        }
        return out;
    }

    private static String json(String url, ArticleIngested a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", url);
        m.put("outlet", "Fault Wire");
        m.put("outletKind", "WIRE");
        m.put("publishedAt", a.publishedAt().toString());
        m.put("language", "en");
        m.put("title", "Generated for the fault suite");
        m.put("body", a.body());
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] ndjson(List<Article> articles) {
        StringBuilder out = new StringBuilder();
        articles.forEach(a -> out.append(a.json()).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
