package app.candor.domain;

/** What taking a seller out of a team did: whose their prospects are now, and whether their login is gone. */
public record TeamRemoval(String login, long prospectsHandedOver, String handedOverTo, boolean loginDropped) {
}
