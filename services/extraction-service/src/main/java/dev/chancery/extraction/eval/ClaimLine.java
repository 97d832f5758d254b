package dev.chancery.extraction.eval;

import dev.chancery.model.claim.ClaimExtracted;

/** A claim written like an annotation line, followed by its sentence, for error listings. */
public final class ClaimLine {
    private ClaimLine() {
    }

    public static String of(ClaimExtracted c) {
        StringBuilder s = new StringBuilder(c.type().name());
        Scorer.actors(c).forEach(a -> s.append(' ').append(a));
        if (c.gathering() != null) {
            s.append(" g=").append(c.gathering().replace("gathering:", ""));
        }
        s.append(" m=").append(c.modality());
        String date = Scorer.format(c.date());
        if (date != null) {
            s.append(" d=").append(date);
        }
        if (c.deniedType() != null) {
            s.append(" deny=").append(c.deniedType());
        }
        if (c.evidence() != null && c.evidence().sentence() != null) {
            s.append("  <").append(c.evidence().sentence().replaceAll("\\s+", " ").strip()).append('>');
        }
        return s.toString();
    }
}
