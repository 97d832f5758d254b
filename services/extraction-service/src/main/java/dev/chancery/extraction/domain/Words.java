package dev.chancery.extraction.domain;

/** The lower-case words of a token range, space separated ("prime minister"). */
final class Words {
    private Words() {
    }

    static String of(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(s.token(i).lower());
        }
        return b.toString();
    }
}
