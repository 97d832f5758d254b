package dev.chancery.model.claim;

/**
 * Who says so.
 *
 * @param speakerId   canonical id of the speaker (person, state, ministry), or null
 * @param speakerName speaker as written, or the outlet's name
 * @param channel     the channel it came through
 * @param official    true when the channel is an official one of a government or body
 * @param country     ISO alpha-3 of the state the speaker speaks for, or null
 * @param participant true when the speaker's state is a participant of the claimed event and the channel is official
 */
public record Attribution(
        String speakerId,
        String speakerName,
        Channel channel,
        boolean official,
        String country,
        boolean participant) {
}
