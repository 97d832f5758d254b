package dev.chancery.extraction.domain;

import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a body into sentences and tokens with OpenNLP; only sentences that pass the {@link Prefilter} get the
 * maximum-entropy tokenizer, POS tags and lemmas (others get OpenNLP's whitespace tokenizer with punctuation peeled
 * off, enough for names and coreference). Repairs the sentence model's splits after abbreviations such as "U.S." and "Dec.".
 */
public final class TextAnalyzer {
    private static final Set<String> ABBREVIATIONS = Set.of("u.s.", "u.k.", "u.n.", "mr.", "mrs.", "ms.", "dr.",
            "st.", "gen.", "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "no.",
            "e.u.", "u.s.a.", "sen.", "rep.", "gov.", "prof.", "lt.", "col.");
    private final NlpModels models;
    private final Lemmas lemmas;

    public TextAnalyzer(NlpModels models) {
        this.models = models;
        this.lemmas = new Lemmas(models);
    }

    /** Sentences of the body, in order. */
    public List<Sentence> analyse(String body) {
        List<int[]> spans = merge(body, models.sentences(body));
        List<Sentence> out = new ArrayList<>(spans.size());
        for (int[] sp : spans) {
            out.add(sentence(out.size(), body, sp[0], sp[1]));
        }
        return out;
    }

    private static List<int[]> merge(String body, Span[] raw) {
        List<int[]> out = new ArrayList<>();
        for (Span s : raw) {
            int start = s.getStart();
            int end = s.getEnd();
            if (!out.isEmpty() && endsWithAbbreviation(body, out.get(out.size() - 1)[1])
                    && !body.substring(out.get(out.size() - 1)[1], start).contains("\n")) {
                out.get(out.size() - 1)[1] = end;
            } else {
                out.add(new int[]{start, end});
            }
        }
        return out;
    }

    private static boolean endsWithAbbreviation(String body, int end) {
        int i = end;
        while (i > 0 && !Character.isWhitespace(body.charAt(i - 1))) {
            i--;
        }
        return ABBREVIATIONS.contains(body.substring(i, end).toLowerCase(Locale.ROOT));
    }

    /** Whitespace tokens with leading and trailing punctuation split off ("U.S." keeps its dots). */
    static Span[] lightTokens(String text) {
        List<Span> out = new ArrayList<>();
        for (Span w : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
            int a = w.getStart();
            int b = w.getEnd();
            List<Span> tail = new ArrayList<>();
            while (a < b && "\"'(“‘[".indexOf(text.charAt(a)) >= 0) {
                out.add(new Span(a, a + 1));
                a++;
            }
            while (b > a && ",;:!?\")”’]".indexOf(text.charAt(b - 1)) >= 0
                    || b > a + 1 && text.charAt(b - 1) == '.' && text.substring(a, b - 1).indexOf('.') < 0) {
                tail.add(0, new Span(b - 1, b));
                b--;
            }
            if (b > a) {
                out.add(new Span(a, b));
            }
            out.addAll(tail);
        }
        return out.toArray(new Span[0]);
    }

    /**
     * The maxent tokenizer leaves the full stop on some sentence-final words ("Trump invited Tokayev." gives
     * "Tokayev."), which then match no name: split it off unless the word is an abbreviation ("U.S.", "Dec.").
     */
    static Span[] finalPeriod(String text, Span[] ts) {
        if (ts.length == 0) {
            return ts;
        }
        Span last = ts[ts.length - 1];
        String w = text.substring(last.getStart(), last.getEnd());
        if (w.length() < 2 || !w.endsWith(".") || w.substring(0, w.length() - 1).indexOf('.') >= 0
                || ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))) {
            return ts;
        }
        Span[] out = java.util.Arrays.copyOf(ts, ts.length + 1);
        out[ts.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        out[ts.length] = new Span(last.getEnd() - 1, last.getEnd());
        return out;
    }

    /** The tokenizer keeps "Canada's" whole; the tagger and the role rules want "Canada" + "'s". */
    static Span[] splitClitics(String text, Span[] ts) {
        List<Span> out = new ArrayList<>(ts.length + 4);
        for (Span t : ts) {
            String w = text.substring(t.getStart(), t.getEnd());
            int cut = -1;
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
                cut = t.getEnd() - 2;
            } else if (w.length() > 3 && (w.endsWith("n't") || w.endsWith("n\u2019t"))) {
                cut = t.getEnd() - 3;
            }
            if (cut > t.getStart()) {
                out.add(new Span(t.getStart(), cut));
                out.add(new Span(cut, t.getEnd()));
            } else {
                out.add(t);
            }
        }
        return out.toArray(new Span[0]);
    }

    private Sentence sentence(int index, String body, int start, int end) {
        String text = body.substring(start, end);
        boolean tag = Prefilter.candidate(text);
        Span[] ts = splitClitics(text, tag ? finalPeriod(text, models.tokens(text)) : lightTokens(text));
        String[] words = Span.spansToStrings(ts, text);
        String[] pos = tag ? models.tags(words) : null;
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            String lemma = pos == null ? lower : lemmas.lemma(words[i], lower, pos[i]);
            tokens.add(new Token(words[i], lower, start + ts[i].getStart(), start + ts[i].getEnd(),
                    pos == null ? "X" : pos[i], lemma));
        }
        return new Sentence(index, start, end, text, List.copyOf(tokens), tag);
    }
}
