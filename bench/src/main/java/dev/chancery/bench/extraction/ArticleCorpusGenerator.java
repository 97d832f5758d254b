package dev.chancery.bench.extraction;

import dev.chancery.model.article.ArticleIngested;
import dev.chancery.model.article.OutletKind;
import dev.chancery.model.fact.DeterministicIds;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic diplomatic news articles (300-900 words) from templates written for Chancery: about one
 * sentence in six carries a claim (invitation, call, visit, meeting, response, denial), the rest is background
 * (economy, quotes, context). Deterministic for a seed.
 */
public final class ArticleCorpusGenerator {
    private static final String[][] LEADERS = {
            {"Kassym-Jomart Tokayev", "Kazakhstan", "Astana", "Kazakh"},
            {"Shavkat Mirziyoyev", "Uzbekistan", "Tashkent", "Uzbek"},
            {"Sadyr Japarov", "Kyrgyzstan", "Bishkek", "Kyrgyz"},
            {"Emomali Rahmon", "Tajikistan", "Dushanbe", "Tajik"},
            {"Donald Trump", "the United States", "Washington", "American"},
            {"Vladimir Putin", "Russia", "Moscow", "Russian"},
            {"Xi Jinping", "China", "Beijing", "Chinese"},
            {"Recep Tayyip Erdogan", "Turkey", "Ankara", "Turkish"},
            {"Ilham Aliyev", "Azerbaijan", "Baku", "Azerbaijani"},
            {"Emmanuel Macron", "France", "Paris", "French"}};
    private static final String[] CLAIMS = {
            "%1$s invited %5$s to visit %7$s, the presidential press service said.",
            "%1$s and %5$s held a telephone conversation on %9$s.",
            "%1$s will pay a state visit to %6$s next month, officials said.",
            "%1$s met %5$s on the sidelines of the forum.",
            "%2$s has accepted the invitation to join the Board of Peace, the %4$s Foreign Ministry said.",
            "The %4$s Foreign Ministry denied that %1$s had spoken with %5$s by phone.",
            "%5$s said %2$s would be invited to the G20 summit in Miami.",
            "%2$s will not take part in the summit, a government spokesman said.",
            "Media reported that %1$s and %5$s had met in %7$s last week."};
    private static final String[] FILLER = {
            "The %4$s economy grew by about five percent in the first nine months of the year, according to official statistics.",
            "Trade between %2$s and its neighbours has expanded steadily over the past decade.",
            "Analysts in %3$s said the government was trying to balance relations with several major powers.",
            "Officials have repeatedly stressed the importance of transport corridors across the region.",
            "The talks covered energy, water management and the development of logistics routes to Europe.",
            "Opposition politicians in %3$s questioned the cost of the new infrastructure programme.",
            "Exports of grain and metals remain the backbone of the %4$s economy.",
            "Diplomats said the agenda for the coming months was still being drafted.",
            "Several agreements on investment and digital cooperation are expected to be signed later in the year.",
            "The region has become a focus of competition for influence among larger powers.",
            "Observers noted that the rhetoric from %3$s had softened noticeably since the spring.",
            "%1$s told a meeting of the cabinet that reforms of the civil service would continue.",
            "Prices for fuel and food have risen faster than wages, putting pressure on households.",
            "Local media devoted extensive coverage to the preparations for the anniversary celebrations."};
    private static final String[] DAYS = {"Monday", "Tuesday", "Dec. 23", "September 5", "Friday", "Oct. 2"};
    private final Random random;

    public ArticleCorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** An article of roughly the given number of words. */
    public ArticleIngested article(int words) {
        StringBuilder body = new StringBuilder();
        int count = 0;
        while (count < words) {
            String[] a = LEADERS[random.nextInt(LEADERS.length)];
            String[] b = LEADERS[random.nextInt(LEADERS.length)];
            if (a == b) {
                continue;
            }
            String template = random.nextInt(6) == 0 ? CLAIMS[random.nextInt(CLAIMS.length)]
                    : FILLER[random.nextInt(FILLER.length)];
            String s = String.format(template, a[0], a[1], a[2], a[3], b[0], b[1], a[1].startsWith("the ")
                    ? a[2] : a[1], b[2], DAYS[random.nextInt(DAYS.length)]);
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            body.append(body.length() == 0 ? "" : random.nextInt(4) == 0 ? "\n\n" : " ").append(s);
            count += s.split("\\s+").length;
        }
        String text = body.toString();
        LocalDate day = LocalDate.of(2025, 9, 1).plusDays(random.nextInt(150));
        return new ArticleIngested(DeterministicIds.of("article", text).toString(), null, null, "Bench Wire",
                OutletKind.WIRE, null, day.atTime(9, 0).toInstant(ZoneOffset.UTC), "en", "Generated", text, null,
                null, null);
    }

    /** n articles of 300-900 words. */
    public List<ArticleIngested> articles(int n) {
        List<ArticleIngested> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(article(300 + random.nextInt(601)));
        }
        return out;
    }
}
