package dev.chancery.extraction.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lemmas from the OpenNLP lemmatizer for verbs, auxiliaries and nouns, one word at a time with a shared cache
 * (word and tag decide the lemma in practice; the model's sequence search over whole sentences costs tens of
 * milliseconds per article). Words mis-tagged as something else but starting like a trigger ("withdrew/ADP")
 * are lemmatised as verbs. Other words keep their lower-case form. Thread-safe.
 */
final class Lemmas {
    private static final int MAX_CACHE = 100_000;
    private final NlpModels models;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Lemmas(NlpModels models) {
        this.models = models;
    }

    String lemma(String word, String lower, String pos) {
        if (!pos.equals("VERB") && !pos.equals("AUX") && !pos.equals("NOUN")) {
            if (pos.equals("PROPN") || Prefilter.STEMS.stream().noneMatch(lower::startsWith)) {
                return lower;
            }
            pos = "VERB";
        }
        String key = pos + ' ' + word;
        String hit = cache.get(key);
        if (hit != null) {
            return hit;
        }
        String l = models.lemmas(new String[]{word}, new String[]{pos})[0];
        String lemma = l == null || l.equals("O") || l.isEmpty() ? lower : l.toLowerCase(java.util.Locale.ROOT);
        if (cache.size() > MAX_CACHE) {
            cache.clear();
        }
        cache.put(key, lemma);
        return lemma;
    }
}
