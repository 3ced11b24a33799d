package app.candor.domain;

/** A seller in the team: their login, what they may see, and how many prospects they own. */
public record TeamMember(String login, TeamRole role, long prospects) {
}
