package dev.chancery.extraction.domain;

import dev.chancery.model.claim.ClaimType;

import java.util.List;

/**
 * A claim before dating, modality and attribution: type, trigger, actors with roles, gathering.
 *
 * @param type       claim type
 * @param trigger    the trigger
 * @param roles      actors with roles
 * @param gathering  gathering id or null
 * @param deniedType for a DENIAL, the denied event's type
 * @param negated    true when the event itself is negated in the text
 */
public record Frame(ClaimType type, Trigger trigger, List<Role> roles, String gathering, ClaimType deniedType,
                    boolean negated) {
}
