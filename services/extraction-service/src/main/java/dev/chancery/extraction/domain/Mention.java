package dev.chancery.extraction.domain;

import java.util.List;

/**
 * A span of tokens that names an entity, or a pronoun / plural reference to be resolved from context.
 *
 * @param start   first token (inclusive)
 * @param end     last token (exclusive)
 * @param text    the span as written
 * @param entity  what it names (the first member of a SET); null for pronouns and plural references
 * @param ref     NONE, PRONOUN ("he", "we"), GROUP ("the two leaders", "both of these leaders") or SET (a named
 *                group that stands for several entities: "the five Central Asian presidents")
 * @param members the entities of a SET, else empty
 */
public record Mention(int start, int end, String text, Entity entity, Ref ref, List<Entity> members) {

    /** Kind of reference a mention makes. */
    public enum Ref { NONE, PRONOUN, GROUP, SET }

    public Mention(int start, int end, String text, Entity entity, Ref ref) {
        this(start, end, text, entity, ref, List.of());
    }

    public static Mention of(int start, int end, String text, Entity entity) {
        return new Mention(start, end, text, entity, Ref.NONE);
    }

    /** What the mention names; UNRESOLVED for pronouns, references and sets (their members have kinds). */
    public EntityKind kind() {
        return entity == null || ref == Ref.SET ? EntityKind.UNRESOLVED : entity.kind();
    }

    public boolean actor() {
        return ref != Ref.NONE || entity.kind().actor();
    }

    public Mention withEntity(Entity e) {
        return new Mention(start, end, text, e, Ref.NONE);
    }

    /** The same mention over a wider span ("the heads of state of Kazakhstan"). */
    public Mention from(int newStart, String newText) {
        return new Mention(newStart, end, newText, entity, ref, members);
    }
}
