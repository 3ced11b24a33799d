package app.candor.rules;

import app.candor.domain.AlertSchedule;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Outcome;
import app.candor.domain.RuleId;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.text.Catalogue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The nine rules, each one type that says when it fires and why (docs/RULES.md; the words are the
 * catalogue's {@code rule.} entries). The order is the order alerts
 * are listed in for a deal.
 */
final class FollowUpRules {

    /** The rules that judge an open deal, in the order their alerts are listed. */
    static final List<Rule> OPEN = List.of(new NoResponse(), new CheckInOverdue(), new CheckInSlipped(),
            new QuietAfterPromise(), new ProposalWithoutMeeting(), new UnansweredAttempts(), new NoNextStep(),
            new UnknownDecisionMaker());
    /** The rules that judge a lost deal. */
    static final List<Rule> LOST = List.of(new LostAskFeedback());

    private FollowUpRules() {
    }

    /** The rules that judge a deal at {@code stage}: none for a won one. */
    static List<Rule> forStage(Stage stage) {
        return stage == Stage.LOST ? LOST : stage.isOpen() ? OPEN : List.of();
    }

    /** Silence past the stage's threshold; escalated at twice it. Quiet while it is their move before the check-in. */
    static final class NoResponse implements Rule {
        public RuleId id() {
            return RuleId.NO_RESPONSE;
        }

        public List<Rule.Firing> firings(Judged d) {
            int threshold = d.rules().noResponseDays(d.facts().stage());
            RuleConfig config = d.rules().rule(id());
            return List.of(new Rule.Firing(config.severity(), later(d.base().plusDays(threshold), d.silentUntil()), null),
                    new Rule.Firing(config.escalatedSeverity(), later(d.base().plusDays(2L * threshold), d.silentUntil()),
                            null));
        }

        public String why(Judged d, LocalDate today, Catalogue words) {
            int days = days(d, today);
            // "Their last reply" would be untrue of an imported last-contact date; "no word since" is true of both.
            StringBuilder text = new StringBuilder(d.lastResponse() != null
                    ? words.text("rule.no-response.since", days, words.day(d.lastResponse()))
                    : words.text("rule.no-response.opened", days, words.day(d.facts().openedOn())));
            if (d.proposalSent() != null && (d.lastResponse() == null || d.proposalSent().isAfter(d.lastResponse()))) {
                text.append(words.text("rule.no-response.proposal", words.day(d.proposalSent())));
            }
            int attempts = d.facts().contact().attemptsSinceResponse();
            if (attempts > 0) {
                text.append(words.text("rule.no-response.attempts", attempts));
            }
            return words.text("rule.no-response.end", text);
        }
    }

    /** The agreed check-in has passed with nothing from them since before it. */
    static final class CheckInOverdue implements Rule {
        public RuleId id() {
            return RuleId.CHECKIN_OVERDUE;
        }

        public List<Rule.Firing> firings(Judged d) {
            LocalDate agreed = d.facts().agreedCheckIn();
            if (agreed == null || (d.lastResponse() != null && !d.lastResponse().isBefore(agreed))) {
                return List.of();
            }
            return List.of(new Rule.Firing(severity(d, id()), agreed.plusDays(1), null));
        }

        public String why(Judged d, LocalDate today, Catalogue words) {
            LocalDate agreed = d.facts().agreedCheckIn();
            return words.text("rule.checkin-overdue", words.day(agreed), ChronoUnit.DAYS.between(agreed, today));
        }
    }

    /** The check-in keeps being moved later. */
    static final class CheckInSlipped implements Rule {
        public RuleId id() {
            return RuleId.CHECKIN_SLIPPED;
        }

        public List<Rule.Firing> firings(Judged d) {
            return d.facts().checkInSlips() >= d.rules().rule(id()).parameter("slips")
                    ? List.of(new Rule.Firing(severity(d, id()), AlertSchedule.ALWAYS, null)) : List.of();
        }

        public String why(Judged d, LocalDate today, Catalogue words) {
            FollowUpFacts f = d.facts();
            return f.agreedCheckIn() != null
                    ? words.text("rule.checkin-slipped.now", f.checkInSlips(), words.day(f.agreedCheckIn()))
                    : words.text("rule.checkin-slipped", f.checkInSlips());
        }
    }

    /** They promised to get back to us, and business days have passed since. */
    static final class QuietAfterPromise implements Rule {
        public RuleId id() {
            return RuleId.QUIET_AFTER_PROMISE;
        }

        public List<Rule.Firing> firings(Judged d) {
            if (d.lastResponse() == null || d.facts().contact().lastResponseOutcome() != Outcome.PROMISED_TO_GET_BACK) {
                return List.of();
            }
            LocalDate agreed = d.facts().agreedCheckIn();
            if (agreed != null && !agreed.isBefore(d.lastResponse())) {
                // A day agreed with the promise, or after it, replaces it: the check-in rules speak for it.
                return List.of();
            }
            return List.of(new Rule.Firing(severity(d, id()), afterBusinessDays(d.lastResponse(),
                    d.rules().rule(id()).parameter("businessDays")), null));
        }

        public String why(Judged d, LocalDate today, Catalogue words) {
            return words.text("rule.quiet-after-promise", words.day(d.lastResponse()),
                    businessDaysAfter(d.lastResponse(), today));
        }
    }

    /** A proposal is out (or the deal is at proposal) with no agreed date to talk it through. */
    static final class ProposalWithoutMeeting implements Rule {
        public RuleId id() {
            return RuleId.PROPOSAL_WITHOUT_MEETING;
        }

        public List<Rule.Firing> firings(Judged d) {
            return d.facts().stage() == Stage.PROPOSAL || d.proposalSent() != null
                    ? List.of(new Rule.Firing(severity(d, id()), d.noCheckInAhead(), null)) : List.of();
        }

        public String why(Judged d, LocalDate today, Catalogue words) {
            return d.proposalSent() != null ? words.text("rule.proposal-without-meeting.sent", words.day(d.proposalSent()))
                    : words.text("rule.proposal-without-meeting.stage");
        }
    }

    /** Several touches since their last response went unanswered. */
    static final class UnansweredAttempts implements Rule {
        public RuleId id() {
            return RuleId.UNANSWERED_ATTEMPTS;
        }

        public List<Rule.Firing> firings(Judged d) {
            return d.facts().contact().attemptsSinceResponse() >= d.rules().rule(id()).parameter("attempts")
                    ? List.of(new Rule.Firing(severity(d, id()), AlertSchedule.ALWAYS, null)) : List.of();
        }

        public String why(Judged d, LocalDate today, Catalogue words) {
            int attempts = d.facts().contact().attemptsSinceResponse();
            return d.lastResponse() != null
                    ? words.text("rule.unanswered-attempts.since", attempts, words.day(d.lastResponse()))
                    : words.text("rule.unanswered-attempts.never", attempts);
        }
    }

    /** Our move, and no check-in agreed. */
    static final class NoNextStep implements Rule {
        public RuleId id() {
            return RuleId.NO_NEXT_STEP;
        }

        public List<Rule.Firing> firings(Judged d) {
            return d.facts().whoseMove() == WhoseMove.OURS
                    ? List.of(new Rule.Firing(severity(d, id()), d.noCheckInAhead(), null)) : List.of();
        }

        public String why(Judged d, LocalDate today, Catalogue words) {
            return words.text("rule.no-next-step");
        }
    }

    /** At proposal or negotiation without having met the person who decides. */
    static final class UnknownDecisionMaker implements Rule {
        public RuleId id() {
            return RuleId.UNKNOWN_DECISION_MAKER;
        }

        public List<Rule.Firing> firings(Judged d) {
            Stage stage = d.facts().stage();
            return (stage == Stage.PROPOSAL || stage == Stage.NEGOTIATION) && !d.facts().decisionMakerKnown()
                    ? List.of(new Rule.Firing(severity(d, id()), AlertSchedule.ALWAYS, null)) : List.of();
        }

        public String why(Judged d, LocalDate today, Catalogue words) {
            return words.text(d.facts().stage() == Stage.NEGOTIATION ? "rule.unknown-decision-maker.negotiation"
                    : "rule.unknown-decision-maker.proposal");
        }
    }

    /** Lost, and nothing logged since the loss: ask for feedback, for a while after it. */
    static final class LostAskFeedback implements Rule {
        public RuleId id() {
            return RuleId.LOST_ASK_FEEDBACK;
        }

        public List<Rule.Firing> firings(Judged d) {
            LocalDate closed = d.facts().closedOn();
            if (closed == null || (d.lastInteraction() != null && d.lastInteraction().isAfter(closed))) {
                return List.of();
            }
            return List.of(new Rule.Firing(severity(d, id()), closed,
                    closed.plusDays(d.rules().rule(id()).parameter("days"))));
        }

        public String why(Judged d, LocalDate today, Catalogue words) {
            return words.text("rule.lost-ask-feedback", words.day(d.facts().closedOn()));
        }
    }

    /** Days since the last response, or since the deal opened when they never responded. */
    static int days(Judged d, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(d.base(), today);
    }

    private static app.candor.domain.Severity severity(Judged d, RuleId id) {
        return d.rules().rule(id).severity();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** The first day on which {@link #businessDaysAfter} reaches {@code count}. */
    static LocalDate afterBusinessDays(LocalDate from, int count) {
        LocalDate day = from;
        int seen = 0;
        while (seen < count) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                seen++;
            }
        }
        return day;
    }

    /** Mon-Fri days after {@code from} up to and including {@code to}. */
    static int businessDaysAfter(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }

}
