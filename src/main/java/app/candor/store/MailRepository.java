package app.candor.store;

import java.time.Instant;

/** Mail already read (by key) and addresses a bounce said are failing; never the messages themselves. */
public interface MailRepository {

    boolean seen(String messageKey);

    /** Remembers a message as read; {@code interactionId} is what it became, or null when it was not logged. */
    void remember(String messageKey, String threadKey, Long interactionId, Instant at);

    void markFailing(String address, Instant at, String reason);

    boolean failing(String address);

    /** The deal an earlier message of {@code threadKey} was logged on for {@code prospectId}, if any. */
    java.util.Optional<Long> dealOfThread(String threadKey, long prospectId);
}
