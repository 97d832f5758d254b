package dev.chancery.extraction.domain.syntax;

import dev.chancery.extraction.domain.Groups;

import java.util.List;

/**
 * The groups around a trigger that roles are drawn from: subject side, object side, passive agent, visited host,
 * voice, and the groups that take part in a call, meeting or denied event. Any group may be null.
 */
public record Slots(Groups.Group left, Groups.Group right, Groups.Group agent, Groups.Group host, boolean passive,
                    List<Groups.Group> participants) {
}
