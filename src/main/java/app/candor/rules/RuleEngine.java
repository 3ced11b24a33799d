package app.candor.rules;

import app.candor.domain.Alert;
import app.candor.domain.AlertSchedule;
import app.candor.domain.AlertScheduler;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Outcome;
import app.candor.domain.RuleId;
import app.candor.domain.Severity;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pure functions from a deal's facts and a date to its alerts. Days are counted between local dates in the
 * user's zone. A deal is judged only while open and not snoozed; a lost one only for {@code lost-ask-feedback}.
 */
public final class RuleEngine implements AlertScheduler {

    /** Bump when the schedule logic changes, so stored schedules are recomputed. */
    private static final String SCHEDULE_LOGIC = "1";

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final RuleSet rules;
    private final Clock clock;
    private final ZoneId zone;

    public RuleEngine(RuleSet rules, Clock clock, ZoneId zone) {
        this.rules = rules;
        this.clock = clock;
        this.zone = zone;
    }

    public RuleSet rules() {
        return rules;
    }

    /** Today in the user's zone, from the injected clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The earliest lost date the rules still look at, for the store's query. */
    public LocalDate lostSince(LocalDate today) {
        return today.minusDays(rules.rule(RuleId.LOST_ASK_FEEDBACK).parameter("days"));
    }

    public List<Alert> evaluateAll(List<FollowUpFacts> facts, LocalDate today) {
        List<Alert> out = new ArrayList<>();
        for (FollowUpFacts f : facts) {
            out.addAll(evaluate(f, today));
        }
        return out;
    }

    /** Every alert {@code f} raises on {@code today}, in rule order. */
    public List<Alert> evaluate(FollowUpFacts f, LocalDate today) {
        if (f.snoozedUntil() != null && today.isBefore(f.snoozedUntil())) {
            return List.of();
        }
        LocalDate lastResponse = localDate(f.contact().lastResponseAt());
        int days = (int) ChronoUnit.DAYS.between(lastResponse != null ? lastResponse : f.openedOn(), today);
        Judge judge = new Judge(f, today, lastResponse, days);
        if (f.stage() == Stage.LOST) {
            judge.lostAskFeedback();
        } else if (f.stage().isOpen()) {
            judge.noResponse();
            judge.checkInOverdue();
            judge.checkInSlipped();
            judge.quietAfterPromise();
            judge.proposalWithoutMeeting();
            judge.unansweredAttempts();
            judge.noNextStep();
            judge.unknownDecisionMaker();
        }
        return judge.alerts;
    }

    /**
     * The dates from which each severity fires for {@code f}, matching {@link #evaluate} on every day as long as the
     * facts stay the same: every rule, once it fires, keeps firing as days pass (only {@code lost-ask-feedback}
     * ends, which {@code until} records).
     */
    @Override
    public AlertSchedule schedule(FollowUpFacts f) {
        LocalDate lastResponse = localDate(f.contact().lastResponseAt());
        LocalDate base = lastResponse != null ? lastResponse : f.openedOn();
        Schedule s = new Schedule();
        if (f.stage() == Stage.LOST) {
            LocalDate closed = f.closedOn();
            LocalDate lastInteraction = localDate(f.contact().lastInteractionAt());
            if (closed != null && (lastInteraction == null || !lastInteraction.isAfter(closed))) {
                s.fire(RuleId.LOST_ASK_FEEDBACK, closed);
                s.until = closed.plusDays(rules.rule(RuleId.LOST_ASK_FEEDBACK).parameter("days"));
            }
        } else if (f.stage().isOpen()) {
            LocalDate checkIn = f.agreedCheckIn();
            // "No agreed check-in date today or later" holds from the day after the check-in, or always.
            LocalDate noCheckInAhead = checkIn == null ? AlertSchedule.ALWAYS : checkIn.plusDays(1);
            int threshold = rules.noResponseDays(f.stage());
            LocalDate silentUntil = f.whoseMove() == WhoseMove.THEIRS ? noCheckInAhead : AlertSchedule.ALWAYS;
            RuleConfig noResponse = rules.rule(RuleId.NO_RESPONSE);
            s.fire(RuleId.NO_RESPONSE, noResponse.severity(), later(base.plusDays(threshold), silentUntil));
            s.fire(RuleId.NO_RESPONSE, noResponse.escalatedSeverity(), later(base.plusDays(2L * threshold), silentUntil));
            if (checkIn != null && (lastResponse == null || lastResponse.isBefore(checkIn))) {
                s.fire(RuleId.CHECKIN_OVERDUE, checkIn.plusDays(1));
            }
            if (f.checkInSlips() >= rules.rule(RuleId.CHECKIN_SLIPPED).parameter("slips")) {
                s.fire(RuleId.CHECKIN_SLIPPED, AlertSchedule.ALWAYS);
            }
            if (lastResponse != null && f.contact().lastResponseOutcome() == Outcome.PROMISED_TO_GET_BACK) {
                s.fire(RuleId.QUIET_AFTER_PROMISE, afterBusinessDays(lastResponse,
                        rules.rule(RuleId.QUIET_AFTER_PROMISE).parameter("businessDays")));
            }
            if (f.stage() == Stage.PROPOSAL || f.contact().lastProposalSentAt() != null) {
                s.fire(RuleId.PROPOSAL_WITHOUT_MEETING, noCheckInAhead);
            }
            if (f.contact().attemptsSinceResponse() >= rules.rule(RuleId.UNANSWERED_ATTEMPTS).parameter("attempts")) {
                s.fire(RuleId.UNANSWERED_ATTEMPTS, AlertSchedule.ALWAYS);
            }
            if (f.whoseMove() == WhoseMove.OURS) {
                s.fire(RuleId.NO_NEXT_STEP, noCheckInAhead);
            }
            if ((f.stage() == Stage.PROPOSAL || f.stage() == Stage.NEGOTIATION) && !f.decisionMakerKnown()) {
                s.fire(RuleId.UNKNOWN_DECISION_MAKER, AlertSchedule.ALWAYS);
            }
        }
        if (f.snoozedUntil() != null) {
            s.notBefore(f.snoozedUntil());
        }
        return new AlertSchedule(s.high, s.medium, s.low, s.until, base);
    }

    @Override
    public String version() {
        StringBuilder key = new StringBuilder(SCHEDULE_LOGIC).append('|').append(zone.getId());
        for (Stage stage : Stage.values()) {
            if (stage.isOpen()) {
                key.append('|').append(stage.code()).append('=').append(rules.noResponseDays(stage));
            }
        }
        for (RuleId id : RuleId.values()) {
            RuleConfig c = rules.rule(id);
            key.append('|').append(id.code()).append(c.enabled()).append(c.severity()).append(c.escalatedSeverity())
                    .append(new java.util.TreeMap<>(c.parameters()));
        }
        return key.toString();
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

    /** Collects the earliest firing day per severity over the enabled rules. */
    private final class Schedule {
        LocalDate high;
        LocalDate medium;
        LocalDate low;
        LocalDate until;

        void fire(RuleId id, LocalDate from) {
            fire(id, rules.rule(id).severity(), from);
        }

        void fire(RuleId id, Severity severity, LocalDate from) {
            if (!rules.rule(id).enabled()) {
                return;
            }
            switch (severity) {
                case HIGH -> high = earlier(high, from);
                case MEDIUM -> medium = earlier(medium, from);
                case LOW -> low = earlier(low, from);
            }
        }

        void notBefore(LocalDate day) {
            high = high == null ? null : later(high, day);
            medium = medium == null ? null : later(medium, day);
            low = low == null ? null : later(low, day);
        }

        private LocalDate earlier(LocalDate current, LocalDate candidate) {
            return current == null || candidate.isBefore(current) ? candidate : current;
        }
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

    private LocalDate localDate(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, zone);
    }

    private String format(LocalDate date, LocalDate today) {
        return (date.getYear() == today.getYear() ? DAY_MONTH : DAY_MONTH_YEAR).format(date);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** Judges one deal on one day; each method adds at most one alert. */
    private final class Judge {
        final FollowUpFacts f;
        final LocalDate today;
        final LocalDate lastResponse;
        final int days;
        final boolean checkInAhead;
        final List<Alert> alerts = new ArrayList<>();

        Judge(FollowUpFacts f, LocalDate today, LocalDate lastResponse, int days) {
            this.f = f;
            this.today = today;
            this.lastResponse = lastResponse;
            this.days = days;
            this.checkInAhead = f.agreedCheckIn() != null && !f.agreedCheckIn().isBefore(today);
        }

        void noResponse() {
            int threshold = rules.noResponseDays(f.stage());
            if (days < threshold || (f.whoseMove() == WhoseMove.THEIRS && checkInAhead)) {
                return;
            }
            RuleConfig config = rules.rule(RuleId.NO_RESPONSE);
            Severity severity = days >= 2 * threshold ? config.escalatedSeverity() : config.severity();
            StringBuilder text = new StringBuilder("No reply for ").append(plural(days, "day"));
            text.append(lastResponse != null ? " since their last reply on " + format(lastResponse, today)
                    : " since the deal opened on " + format(f.openedOn(), today) + "; they have not replied yet");
            LocalDate proposal = localDate(f.contact().lastProposalSentAt());
            if (proposal != null && (lastResponse == null || proposal.isAfter(lastResponse))) {
                text.append("; you sent the proposal on ").append(format(proposal, today));
            }
            int attempts = f.contact().attemptsSinceResponse();
            if (attempts > 0) {
                text.append("; ").append(plural(attempts, "follow-up")).append(" since went unanswered");
            }
            add(RuleId.NO_RESPONSE, severity, text + ".");
        }

        void checkInOverdue() {
            LocalDate agreed = f.agreedCheckIn();
            if (agreed == null || !agreed.isBefore(today) || (lastResponse != null && !lastResponse.isBefore(agreed))) {
                return;
            }
            int late = (int) ChronoUnit.DAYS.between(agreed, today);
            add(RuleId.CHECKIN_OVERDUE, "You agreed to get back to each other on " + format(agreed, today)
                    + "; " + plural(late, "day") + " later there is nothing from them.");
        }

        void checkInSlipped() {
            int minimum = rules.rule(RuleId.CHECKIN_SLIPPED).parameter("slips");
            if (f.checkInSlips() >= minimum) {
                add(RuleId.CHECKIN_SLIPPED, "The agreed check-in has been moved later " + plural(f.checkInSlips(), "time")
                        + (f.agreedCheckIn() != null ? "; it now stands at " + format(f.agreedCheckIn(), today) : "")
                        + ". It may be time to make \"no\" safe.");
            }
        }

        void quietAfterPromise() {
            if (lastResponse == null || f.contact().lastResponseOutcome() != Outcome.PROMISED_TO_GET_BACK) {
                return;
            }
            int businessDays = businessDaysAfter(lastResponse, today);
            if (businessDays >= rules.rule(RuleId.QUIET_AFTER_PROMISE).parameter("businessDays")) {
                add(RuleId.QUIET_AFTER_PROMISE, "They promised to get back to you on " + format(lastResponse, today)
                        + "; " + plural(businessDays, "business day") + " have passed without a word.");
            }
        }

        void proposalWithoutMeeting() {
            LocalDate proposal = localDate(f.contact().lastProposalSentAt());
            if ((f.stage() != Stage.PROPOSAL && proposal == null) || checkInAhead) {
                return;
            }
            add(RuleId.PROPOSAL_WITHOUT_MEETING, (proposal != null ? "You sent the proposal on "
                    + format(proposal, today) : "The deal is at the proposal stage")
                    + " with no agreed date to talk it through.");
        }

        void unansweredAttempts() {
            int attempts = f.contact().attemptsSinceResponse();
            if (attempts >= rules.rule(RuleId.UNANSWERED_ATTEMPTS).parameter("attempts")) {
                add(RuleId.UNANSWERED_ATTEMPTS, plural(attempts, "attempt") + " to reach them "
                        + (lastResponse != null ? "since their last reply on " + format(lastResponse, today)
                        : "and no reply yet") + ". Another message into the void will not help.");
            }
        }

        void noNextStep() {
            if (f.whoseMove() == WhoseMove.OURS && !checkInAhead) {
                add(RuleId.NO_NEXT_STEP, "Your move, and no check-in date agreed with them.");
            }
        }

        void unknownDecisionMaker() {
            if ((f.stage() == Stage.PROPOSAL || f.stage() == Stage.NEGOTIATION) && !f.decisionMakerKnown()) {
                add(RuleId.UNKNOWN_DECISION_MAKER, "At " + f.stage().code()
                        + " and you have not met the person who really decides.");
            }
        }

        void lostAskFeedback() {
            LocalDate closed = f.closedOn();
            if (closed == null) {
                return;
            }
            long since = ChronoUnit.DAYS.between(closed, today);
            LocalDate lastInteraction = localDate(f.contact().lastInteractionAt());
            boolean heardAfter = lastInteraction != null && lastInteraction.isAfter(closed);
            if (since >= 0 && since <= rules.rule(RuleId.LOST_ASK_FEEDBACK).parameter("days") && !heardAfter) {
                add(RuleId.LOST_ASK_FEEDBACK, "Lost on " + format(closed, today)
                        + " and nothing logged since. Lost deals are where you learn: ask what you could have done better.");
            }
        }

        private void add(RuleId id, String explanation) {
            add(id, rules.rule(id).severity(), explanation);
        }

        private void add(RuleId id, Severity severity, String explanation) {
            RuleConfig config = rules.rule(id);
            if (config.enabled()) {
                alerts.add(new Alert(f, id, severity, days, lastResponse, explanation, config.scripts()));
            }
        }
    }
}
