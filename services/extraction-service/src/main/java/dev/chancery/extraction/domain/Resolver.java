package dev.chancery.extraction.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a mention to the entities it stands for in one sentence: itself, the last person for a
 * pronoun ("he", "his"; "we" is the speaker), the last group for "the two" or "both of these leaders".
 */
public final class Resolver {
    private final List<Mention> mentions;
    private final DiscourseContext ctx;
    private Entity speaker;
    private Entity subject;
    private Sentence sentence;

    public Resolver(List<Mention> mentions, DiscourseContext ctx) {
        this.mentions = mentions;
        this.ctx = ctx;
    }

    void speaker(Entity e) {
        this.speaker = e;
    }

    /** The person the sentence opens with as its subject, or null (for "his" in "X sent ..., confirming his ..."). */
    void subject(Entity e, Sentence s) {
        this.subject = e;
        this.sentence = s;
    }

    public List<Entity> resolve(Mention m) {
        return switch (m.ref()) {
            case NONE -> List.of(m.entity());
            case GROUP -> ctx.lastGroup();
            case SET -> m.members();
            case PRONOUN -> pronoun(m);
        };
    }

    private List<Entity> pronoun(Mention m) {
        String w = m.text().toLowerCase(java.util.Locale.ROOT);
        if ((w.equals("we") || w.equals("i") || w.equals("us") || w.equals("our")) && speaker != null) {
            return List.of(speaker);
        }
        if ((w.equals("his") || w.equals("her")) && subject != null && subject.kind() == EntityKind.PERSON
                && sentence != null && m.start() > 0 && sentence.token(m.start() - 1).verb()
                && sentence.token(m.start() - 1).lower().endsWith("ing")) {
            // "X sent a letter to Y, expressing his gratitude and confirming his agreement": a possessive after a
            // participle belongs to the participle's subject, the sentence's, not to the nearer object
            return List.of(subject);
        }
        Entity last = null;
        for (Mention x : mentions) {
            if (x.start() >= m.start()) {
                break;
            }
            if (x.kind() == EntityKind.PERSON) {
                last = x.entity();
            }
        }
        if (last == null && (w.equals("he") || w.equals("she")) && ctx.lastSubject() != null) {
            // a "he" that opens a clause continues the last subject, not the last person named in an object
            last = ctx.lastSubject();
        }
        if (last == null) {
            last = ctx.lastPerson();
        }
        return last == null ? List.of() : List.of(last);
    }

    /** All entities of the mentions, flattened in order. */
    public List<Entity> resolveAll(List<Mention> ms) {
        List<Entity> out = new ArrayList<>();
        for (Mention m : ms) {
            for (Entity e : resolve(m)) {
                if (out.stream().noneMatch(x -> x.key().equals(e.key()))) {
                    out.add(e);
                }
            }
        }
        return out;
    }
}
