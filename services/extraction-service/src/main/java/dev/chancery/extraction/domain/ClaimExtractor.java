package dev.chancery.extraction.domain;

import dev.chancery.extraction.domain.syntax.ParserMode;
import dev.chancery.extraction.domain.syntax.Syntax;
import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.claim.ArticleExtracted;
import dev.chancery.model.claim.ClaimDate;
import dev.chancery.model.claim.ClaimExtracted;
import dev.chancery.model.claim.Modality;
import dev.chancery.model.claim.SourceInfo;
import dev.chancery.model.reference.ReferenceData;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The extraction entry point: article in, claims out. Thread-safe and reusable: models, gazetteer and
 * reference data are loaded once in the constructor; each call keeps its own {@link DiscourseContext}.
 * Pure: the same article gives the same claims with the same ids.
 */
public final class ClaimExtractor {
    /** Version of the rules; part of every claim id. */
    public static final String VERSION = "rules-2.0.0";
    private static final LocalDate UNDATED = LocalDate.of(2026, 1, 1);

    private final TextAnalyzer analyzer;
    private final Gazetteer gazetteer;
    private final MentionResolver mentionResolver;
    private final FrameReader frames;
    private final Syntax syntax;

    /** With the parser as the system property {@value ParserMode#PROPERTY} says (auto when unset). */
    public ClaimExtractor() {
        this(ReferenceData.load(), new NlpModels());
    }

    public ClaimExtractor(ReferenceData reference, NlpModels models) {
        this(reference, models, Syntax.of(ParserMode.configured()));
    }

    /** The parser loads on the first sentence it is needed for, not here. */
    public ClaimExtractor(ReferenceData reference, NlpModels models, Syntax syntax) {
        Offices offices = new Offices(reference);
        this.syntax = syntax;
        this.analyzer = new TextAnalyzer(models);
        this.gazetteer = new Gazetteer(reference, models);
        this.mentionResolver = new MentionResolver(offices);
        this.frames = new FrameReader(reference, offices, syntax);
    }

    /** The claims of one article, in text order. */
    public List<ClaimExtracted> extract(ArticleIngested article) {
        String body = article.body() == null ? "" : article.body();
        LocalDate pub = article.publishedAt() == null ? null : LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC);
        LocalDate day = pub == null ? UNDATED : pub;
        SourceInfo source = new SourceInfo(article.articleId(), article.url(), article.outlet(), article.outletKind(),
                article.originalOutlet(), article.publishedAt());
        DiscourseContext ctx = new DiscourseContext();
        List<ClaimExtracted> out = new ArrayList<>();
        for (Sentence s : analyzer.analyse(body)) {
            List<Mention> mentions = outsideDateline(s, mentionResolver.resolve(s, gazetteer.find(s), day));
            Resolver resolver = new Resolver(mentions, ctx);
            resolver.subject(subject(s, mentions, resolver), s);
            if (s.tagged()) {
                for (FrameReader.Read r : frames.read(s, mentions, resolver, ctx, source, day)) {
                    ClaimDate date = pub == null ? ClaimDate.unknown()
                            : DateResolver.resolve(s, pub, r.modality() == Modality.PLANNED
                            || r.modality() == Modality.HEDGED && ahead(s, r.frame().trigger().index()));
                    date = ContactParties.sequel(s, r.frame().trigger().index())
                            ? sequelDate(s, r.frame().trigger().index(), date) : date;
                    out.add(ClaimBuilder.build(r.frame(), r.modality(), date, r.attribution(), s, source));
                }
            }
            remember(s, mentions, resolver, ctx);
        }
        return List.copyOf(out);
    }

    /**
     * The mentions after the dateline: "BISHKEK, Jan. 6 - U.S. President Donald Trump has invited ..." names where
     * the story was filed, not a party to it, and the city must not become the inviter.
     */
    private static List<Mention> outsideDateline(Sentence s, List<Mention> mentions) {
        int text = DateResolver.afterDateline(s);
        return text == 0 ? mentions : mentions.stream().filter(m -> m.start() >= text).toList();
    }

    private static void remember(Sentence s, List<Mention> mentions, Resolver resolver, DiscourseContext ctx) {
        ctx.subject(subject(s, mentions, resolver));
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.PERSON) {
                ctx.person(m.entity());
            }
            if (m.kind() == EntityKind.GATHERING) {
                ctx.gathering(m.entity().id());
            }
        }
        List<Mention> actors = mentions.stream().filter(m -> m.entity() != null && m.actor()).toList();
        for (Groups.Group g : Groups.of(s, actors)) {
            if (!g.location() && g.members().size() >= 2) {
                ctx.group(resolver.resolveAll(g.members()));
            }
        }
    }

    /** "could visit Moscow in March": a modal before the trigger looks ahead ("could have met" does not). */
    private static boolean ahead(Sentence s, int trigger) {
        for (int j = Math.max(0, trigger - 4); j < trigger; j++) {
            if (Set.of("could", "may", "might").contains(s.token(j).lower())) {
                return !(j + 1 < s.size() && s.token(j + 1).is("have"));
            }
        }
        return false;
    }

    /** "on August 11 he spoke with X, a day after speaking to Y": the sequel is a day earlier ("a day before": later). */
    private static ClaimDate sequelDate(Sentence s, int trigger, ClaimDate date) {
        if (date.start() == null || date.precision() != dev.chancery.model.claim.DatePrecision.DAY) {
            return date;
        }
        String before = s.span(Math.max(0, trigger - 4), trigger).toLowerCase(java.util.Locale.ROOT);
        int shift = before.contains("day after") ? -1 : before.contains("day before") ? 1 : 0;
        return shift == 0 ? date : new ClaimDate(date.start().plusDays(shift), date.end().plusDays(shift),
                date.precision(), date.text());
    }

    /** The person named (or referred to by a pronoun) before the sentence's first verb, or null. */
    private static Entity subject(Sentence s, List<Mention> mentions, Resolver resolver) {
        int from = 0;
        int verb = firstVerb(s, mentions, 0);
        if (verb < s.size() && AttributionDetector.REPORTING.contains(s.token(verb).lower())) {
            // "The press secretary added that Tokayev sent ...": the subject of what is reported
            int that = s.indexOf(verb + 1, "that", "\"", "\u201c");
            if (that > verb && that - verb <= 2) {
                from = that + 1;
                verb = firstVerb(s, mentions, from);
            }
        }
        for (Mention m : mentions) {
            if (m.start() < from) {
                continue;
            }
            if (m.start() >= verb || (!s.tagged() && m.start() > 3)) {
                return null;
            }
            if (m.kind() == EntityKind.PERSON) {
                return m.entity();
            }
            if (m.ref() == Mention.Ref.PRONOUN) {
                List<Entity> r = resolver.resolve(m);
                return r.size() == 1 && r.get(0).kind() == EntityKind.PERSON ? r.get(0) : null;
            }
        }
        return null;
    }

    private static int firstVerb(Sentence s, List<Mention> mentions, int from) {
        int verb = from;
        while (verb < s.size() && (!s.token(verb).verb() || TriggerFinder.inMention(mentions, verb))) {
            verb++;
        }
        return verb;
    }

    /** How many trigger sentences were considered and parsed so far, and the parse time. */
    public Syntax.Stats syntaxStats() {
        return syntax.stats();
    }

    /** The closing fact of an extraction. */
    public ArticleExtracted summarise(ArticleIngested article, List<ClaimExtracted> claims) {
        return new ArticleExtracted(article.articleId(), VERSION, claims.size(),
                claims.stream().map(ClaimExtracted::claimId).toList(), null);
    }
}
