package dev.chancery.extraction.domain;

/**
 * A span of tokens that names an entity, or a pronoun / plural reference to be resolved from context.
 *
 * @param start  first token (inclusive)
 * @param end    last token (exclusive)
 * @param text   the span as written
 * @param entity what it names; null for pronouns and plural references
 * @param ref    NONE, PRONOUN ("he", "we") or GROUP ("the two leaders", "both of these leaders")
 */
public record Mention(int start, int end, String text, Entity entity, Ref ref) {

    /** Kind of reference a mention makes. */
    public enum Ref { NONE, PRONOUN, GROUP }

    public static Mention of(int start, int end, String text, Entity entity) {
        return new Mention(start, end, text, entity, Ref.NONE);
    }

    public EntityKind kind() {
        return entity == null ? EntityKind.UNRESOLVED : entity.kind();
    }

    public boolean actor() {
        return ref != Ref.NONE || entity.kind().actor();
    }

    public Mention withEntity(Entity e) {
        return new Mention(start, end, text, e, Ref.NONE);
    }
}
