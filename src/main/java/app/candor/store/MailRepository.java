package app.candor.store;

import java.time.Instant;

/** Mail already read (by key) and addresses a bounce said are failing; never the messages themselves. */
public interface MailRepository {

    boolean seen(String messageKey);

    /** Remembers a message as read; {@code interactionId} is what it became, or null when it was not logged. */
    void remember(String messageKey, String threadKey, Long interactionId, Instant at);

    void markFailing(String address, Instant at, String reason);

    /** A bounce that said an address fails: when, and the bounce's subject. */
    record Failure(String address, Instant at, String reason) {
    }

    /** The last bounce for {@code address} (any case), if one said it fails. */
    java.util.Optional<Failure> failure(String address);

    default boolean failing(String address) {
        return failure(address).isPresent();
    }

    /** Forgets that {@code address} failed when the bounce came before {@code before}: mail from it arrived since. */
    void clearFailing(String address, Instant before);

    /** The deal an earlier message of {@code threadKey} was logged on for {@code prospectId}, if any. */
    java.util.Optional<Long> dealOfThread(String threadKey, long prospectId);
}
