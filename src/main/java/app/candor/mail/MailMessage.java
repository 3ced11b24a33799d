package app.candor.mail;

import java.time.Instant;
import java.util.List;

/**
 * What Candor keeps of one message: who wrote to whom and when, what kind of mail it is, and a short summary (the
 * decoded subject and the first lines of the new text). Never the body, never attachments.
 *
 * @param key       the Message-ID, or a digest of sender, date and subject when there is none
 * @param threadKey the first message of its thread (References, else In-Reply-To, else its own key)
 * @param from      the sender's address, lower case, without the display name; empty when there is none
 * @param to        the To and Cc addresses, lower case
 * @param failedAddress for a bounce, the address that could not be delivered to; else null
 */
public record MailMessage(String key, String threadKey, String from, List<String> to, Instant sentAt, String subject,
                          String summary, MailKind kind, String failedAddress) {

    public MailMessage {
        to = List.copyOf(to);
    }
}
