package dev.chancery.extraction.domain;

import java.util.List;

/**
 * Where a person's name lies next to a title: after it ("Defence Secretary Tom Hale", "Hans van den Broek") or
 * before ", the <demonym> <title>" ("Mahmoud Fathy, the Egyptian foreign minister"). Never inside another match.
 */
final class NameSpan {
    private static final int MAX_NAME = 4;

    private NameSpan() {
    }

    /** End of the name starting at token i (i itself when there is none). */
    static int after(Sentence s, int i, List<Mention> raw) {
        int e = i;
        while (e < s.size() && e - i <= MAX_NAME && !TitleSpan.inMention(raw, e) && (Titles.nameToken(s.token(e))
                || e > i && s.token(e).capitalised() && Titles.head(s.token(e))
                || e > i && particles(s, e))) {
            e++;
        }
        return e;
    }

    /** Particles from token e on, then a name token ("van der Berg"). */
    private static boolean particles(Sentence s, int e) {
        int k = e;
        while (k < s.size() && Titles.particle(s.token(k))) {
            k++;
        }
        return k > e && k < s.size() && Titles.nameToken(s.token(k));
    }

    /** Start of the unknown name before ", the <demonym> <title>", or -1. */
    static int apposed(Sentence s, int demonym, List<Mention> raw) {
        if (!appositive(s, demonym)) {
            return -1;
        }
        int k = demonym - 2;
        while (k > 0 && demonym - 2 - k < MAX_NAME && !TitleSpan.inMention(raw, k - 1) && Titles.nameToken(s.token(k - 1))) {
            k--;
        }
        return k < demonym - 2 ? k : -1;
    }

    /** "Badr Abdelatty, the Egyptian foreign minister": a known person already names the official. */
    static boolean apposedPerson(Sentence s, int demonym, List<Mention> raw) {
        return appositive(s, demonym) && raw.stream().anyMatch(x -> x.end() == demonym - 2 && x.kind() == EntityKind.PERSON);
    }

    private static boolean appositive(Sentence s, int demonym) {
        return demonym >= 3 && s.token(demonym - 1).is("the") && s.token(demonym - 2).is(",");
    }
}
