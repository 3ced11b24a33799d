package app.candor.domain;

import java.util.Objects;

/**
 * A follow-up script: wording with named placeholders such as {@code {firstName}}. Built-ins ship with Candor and
 * are read-only; user scripts live in the database. {@code phoneBody} is also the text of a card.
 *
 * @param source the author and article the principle comes from ("" for the user's own)
 */
public record Script(String id, String title, String principle, String source, Channel channel, String emailSubject,
                     String emailBody, String phoneBody, boolean builtIn) {

    public Script {
        if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw Refused.because("refused.script.id", id);
        }
        if (title == null || title.isBlank()) {
            throw Refused.because("refused.script.title");
        }
        Objects.requireNonNull(channel, "channel");
        principle = Text.orEmpty(principle);
        source = Text.orEmpty(source);
        emailSubject = Text.orEmpty(emailSubject);
        emailBody = Text.orEmpty(emailBody);
        phoneBody = Text.orEmpty(phoneBody);
        if (channel.hasEmail() && emailBody.isBlank()) {
            throw Refused.because("refused.script.noEmail", id);
        }
        if (channel.hasPhone() && phoneBody.isBlank()) {
            throw Refused.because("refused.script.noPhone", id, channel.code());
        }
    }

    /** A user-owned, editable copy under a new id. */
    public Script copyAs(String newId, String newTitle) {
        return new Script(newId, newTitle, principle, source, channel, emailSubject, emailBody, phoneBody, false);
    }
}
