package dev.chancery.bench.harness;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.json.ChanceryJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One generated article: what the bench POSTs to ingestion and what it feeds the extractor in process. */
public record CorpusArticle(String url, String outlet, OutletKind outletKind, String originalOutlet,
        Instant publishedAt, String title, String body, String dateline) {

    /** The JSON body of {@code POST /api/v1/articles}; {@code suffix} makes the URL path (and so the id) unique. */
    public byte[] json(String suffix) {
        return json(suffix, publishedAt);
    }

    /** The same, published at {@code published}: a feed posts what was just published. */
    public byte[] json(String suffix, Instant published) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("url", url + "/copy-" + suffix);
        m.put("outlet", outlet);
        m.put("outletKind", outletKind.name());
        m.put("publishedAt", published.toString());
        m.put("language", "en");
        m.put("title", title);
        m.put("body", body);
        m.put("dateline", dateline);
        m.put("originalOutlet", originalOutlet);
        try {
            return ChanceryJson.mapper().writeValueAsBytes(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the extraction service receives it (the id does not change the claims' content). */
    public ArticleIngested ingested() {
        String id = UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)).toString();
        return new ArticleIngested(id, url, url, outlet, outletKind, originalOutlet, publishedAt, "en", title, body,
                null, dateline, null);
    }

    public int words() {
        return body.isBlank() ? 0 : body.trim().split("\\s+").length;
    }
}
