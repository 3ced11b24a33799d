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
            throw new Refused("A script id is lower-case words joined by dashes, such as"
                    + " 'my-check-in'; got '" + id + "'");
        }
        if (title == null || title.isBlank()) {
            throw new Refused("A script needs a title");
        }
        Objects.requireNonNull(channel, "channel");
        principle = Text.orEmpty(principle);
        source = Text.orEmpty(source);
        emailSubject = Text.orEmpty(emailSubject);
        emailBody = Text.orEmpty(emailBody);
        phoneBody = Text.orEmpty(phoneBody);
        if (channel.hasEmail() && emailBody.isBlank()) {
            throw new Refused("Script '" + id + "' is for email but has no email body");
        }
        if (channel.hasPhone() && phoneBody.isBlank()) {
            throw new Refused("Script '" + id + "' is for " + channel.code() + " but has no phone text");
        }
    }

    /** A user-owned, editable copy under a new id. */
    public Script copyAs(String newId, String newTitle) {
        return new Script(newId, newTitle, principle, source, channel, emailSubject, emailBody, phoneBody, false);
    }
}
