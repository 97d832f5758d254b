package dev.chancery.extraction.domain;

import java.util.List;
import java.util.Set;

/**
 * A title read after a state or demonym: optional modifiers ("senior", "presidential", "Defence"), a head
 * ("secretary") or a group noun ("officials"), an optional "of ..." ("Minister of Foreign Affairs").
 *
 * @param end   token after the title
 * @param key   the last one or two title words that name an office in {@link Offices#TITLES}, else the head
 * @param group true for a group noun: the state is the actor and no name follows
 * @param words the whole title, lower case ("minister of foreign affairs")
 */
record TitleSpan(int end, String key, boolean group, String words) {
    private static final int MAX_MODIFIERS = 3;
    private static final Set<String> PORTFOLIOS = Set.of("foreign", "affairs", "defence",
            "defense", "state", "interior", "finance", "economy", "trade", "justice", "health", "planning",
            "investment", "energy", "agriculture", "education", "industry", "labour", "labor", "culture", "transport",
            "home", "public", "security", "national", "internal", "external", "information", "commerce", "and");

    /** The title starting at token i, or null; stops at any other mention. */
    static TitleSpan read(Sentence s, int i, List<Mention> raw) {
        for (int k = i; k < s.size() && k - i <= MAX_MODIFIERS && !inMention(raw, k); k++) {
            Token t = s.token(k);
            if (Titles.group(t) || Titles.head(t)) {
                int end = k + 1;
                while (end < s.size() && end - k < 3 && !inMention(raw, end) && Titles.head(s.token(end))
                        && s.token(end).capitalised() == t.capitalised()) {
                    end++;
                }
                boolean group = Titles.group(s.token(end - 1));
                String key = key(s, i, end);
                int to = group ? end : of(s, end, raw);
                return new TitleSpan(to, key, group, Words.of(s, i, to));
            }
            if (!modifier(s, k)) {
                return null;
            }
        }
        return null;
    }

    private static String key(Sentence s, int from, int end) {
        String last = s.token(end - 1).lower();
        if (end - 2 >= from) {
            String two = s.token(end - 2).lower() + " " + last;
            if (Offices.TITLES.containsKey(two)) {
                return two;
            }
        }
        return last;
    }

    /** "Minister of Foreign Affairs", "head of state": the capitalised words after "of". */
    private static int of(Sentence s, int end, List<Mention> raw) {
        if (end + 1 >= s.size() || !s.token(end).is("of") || inMention(raw, end + 1)) {
            return end;
        }
        int k = end + 1;
        if (s.token(k).is("state") || s.token(k).is("government")) {
            return k + 1;
        }
        while (k < s.size() && !inMention(raw, k) && PORTFOLIOS.contains(s.token(k).lower())) {
            k++;
        }
        return k > end + 1 && !s.token(k - 1).is("and") ? k : end;
    }

    private static boolean modifier(Sentence s, int k) {
        Token t = s.token(k);
        if (t.is("and")) {
            return k > 0 && s.token(k - 1).capitalised() && k + 1 < s.size() && s.token(k + 1).capitalised();
        }
        if (!Character.isLetter(t.text().charAt(0))) {
            return false;
        }
        return t.capitalised() || t.pos().equals("ADJ") || t.pos().equals("NOUN") || t.pos().equals("X");
    }

    static boolean inMention(List<Mention> raw, int k) {
        for (Mention m : raw) {
            if (k >= m.start() && k < m.end()) {
                return true;
            }
        }
        return false;
    }
}
