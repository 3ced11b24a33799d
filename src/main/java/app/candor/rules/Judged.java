package app.candor.rules;

import app.candor.domain.AlertSchedule;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.WhoseMove;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A deal's facts with the days every rule reads, worked out once in the user's zone. */
record Judged(FollowUpFacts facts, RuleSet rules, ZoneId zone, LocalDate lastResponse, LocalDate base,
              LocalDate noCheckInAhead, LocalDate proposalSent, LocalDate lastInteraction) {

    static Judged of(FollowUpFacts f, RuleSet rules, ZoneId zone) {
        LocalDate lastResponse = local(f.contact().lastResponseAt(), zone);
        LocalDate checkIn = f.agreedCheckIn();
        // "No agreed check-in today or later" holds from the day after the check-in, or always.
        LocalDate noCheckInAhead = checkIn == null ? AlertSchedule.ALWAYS : checkIn.plusDays(1);
        return new Judged(f, rules, zone, lastResponse, lastResponse != null ? lastResponse : f.openedOn(),
                noCheckInAhead, local(f.contact().lastProposalSentAt(), zone), local(f.contact().lastInteractionAt(), zone));
    }

    /** The day silence becomes ours to act on: at once while it is our move, after the check-in while theirs. */
    LocalDate silentUntil() {
        return facts.whoseMove() == WhoseMove.THEIRS ? noCheckInAhead : AlertSchedule.ALWAYS;
    }

    private static LocalDate local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }
}
