package dev.chancery.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chancery.extraction.domain.ClaimExtractor;
import dev.chancery.extraction.domain.Gazetteer;
import dev.chancery.extraction.domain.Mention;
import dev.chancery.extraction.domain.MentionResolver;
import dev.chancery.extraction.domain.NlpModels;
import dev.chancery.extraction.domain.Offices;
import dev.chancery.extraction.domain.Resolver;
import dev.chancery.extraction.domain.DiscourseContext;
import dev.chancery.extraction.domain.Sentence;
import dev.chancery.extraction.domain.TextAnalyzer;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.claim.ActorRef;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.json.ChanceryJson;
import dev.chancery.model.reference.ReferenceData;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures on the PLOVER gold records (read by path at run time, never copied): the share of claim actors whose
 * country is one of the record's gold source/target codes, and how many gold countries the actor mentions of the
 * text name (recall) and how many mention countries are gold (precision). Usage: {@code PloverNameCoverage file.json [--misses]}.
 */
public final class PloverNameCoverage {
    private static final Map<String, String> CAMEO_TO_ISO = Map.of("JAP", "JPN", "ITL", "ITA", "GMY", "DEU");

    private PloverNameCoverage() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode records = ChanceryJson.mapper().readTree(Path.of(args[0]).toFile());
        boolean misses = args.length > 1 && args[1].equals("--misses");
        ReferenceData reference = ReferenceData.load();
        NlpModels models = new NlpModels();
        ClaimExtractor extractor = new ClaimExtractor(reference, models);
        TextAnalyzer analyzer = new TextAnalyzer(models);
        Gazetteer gazetteer = new Gazetteer(reference, models);
        MentionResolver resolver = new MentionResolver(new Offices(reference));
        int claimed = 0;
        int actors = 0;
        int actorsRight = 0;
        int actorsNoCountry = 0;
        int gold = 0;
        int found = 0;
        int named = 0;
        int namedRight = 0;
        for (JsonNode r : records) {
            Set<String> codes = codes(r, reference);
            LocalDate day = LocalDate.parse(r.path("date").asText("2000-01-01"));
            String text = r.path("text").asText();
            ArticleIngested a = new ArticleIngested(r.path("id").asText(), null, null, "plover", OutletKind.WIRE, null,
                    day.atStartOfDay().toInstant(ZoneOffset.UTC), "en", null, text, null, null, null);
            List<ClaimExtracted> claims = extractor.extract(a);
            if (!claims.isEmpty()) {
                claimed++;
            }
            for (ClaimExtracted c : claims) {
                for (ActorRef x : c.actors()) {
                    actors++;
                    actorsRight += x.country() != null && codes.contains(x.country()) ? 1 : 0;
                    actorsNoCountry += x.country() == null ? 1 : 0;
                    if (misses && (x.country() == null || !codes.contains(x.country()))) {
                        System.out.println("CLAIM " + c.type() + " " + x + " gold " + codes + " " + text);
                    }
                }
            }
            Set<String> mentioned = new HashSet<>();
            for (Sentence s : analyzer.analyse(text)) {
                List<Mention> ms = resolver.resolve(s, gazetteer.find(s), day);
                Resolver names = new Resolver(ms, new DiscourseContext());
                for (Mention m : ms) {
                    if (m.actor() && m.ref() != Mention.Ref.PRONOUN && m.ref() != Mention.Ref.GROUP) {
                        names.resolve(m).stream().filter(e -> e.country() != null).forEach(e -> mentioned.add(e.country()));
                    }
                }
            }
            gold += codes.size();
            found += (int) codes.stream().filter(mentioned::contains).count();
            named += mentioned.size();
            namedRight += (int) mentioned.stream().filter(codes::contains).count();
            if (misses && !mentioned.equals(codes)) {
                System.out.println(codes + " " + mentioned + " " + text);
            }
        }
        System.out.printf("records %d, with claims %d, claim actors %d, country right %d (%.3f), no country %d%n",
                records.size(), claimed, actors, actorsRight, share(actorsRight, actors), actorsNoCountry);
        System.out.printf("mentions: gold countries %d, named %d (recall %.3f); mention countries %d, gold %d (precision %.3f)%n",
                gold, found, share(found, gold), named, namedRight, share(namedRight, named));
    }

    private static Set<String> codes(JsonNode r, ReferenceData reference) {
        Set<String> out = new HashSet<>();
        for (String side : List.of("source", "target")) {
            for (JsonNode a : r.path(side)) {
                String code = CAMEO_TO_ISO.getOrDefault(a.path("code").asText(), a.path("code").asText());
                if (reference.country(code).isPresent()) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    private static double share(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
