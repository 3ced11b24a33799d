package app.candor.rules;

import app.candor.domain.Alert;
import app.candor.domain.AlertSchedule;
import app.candor.domain.AlertScheduler;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.RuleId;
import app.candor.domain.Stage;
import app.candor.text.Catalogue;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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


    private final RuleSet rules;
    private final Clock clock;
    private final ZoneId zone;
    private final Catalogue words;

    /** Explanations in the words of {@code locale} (the {@code rule.} entries of the catalogue). */
    public RuleEngine(RuleSet rules, Clock clock, ZoneId zone, Locale locale) {
        this.rules = rules;
        this.clock = clock;
        this.zone = zone;
        this.words = new Catalogue(locale);
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

    /** Every alert {@code f} raises on {@code today}, in rule order: each rule's firing on that day, with its why. */
    public List<Alert> evaluate(FollowUpFacts f, LocalDate today) {
        if (f.snoozedUntil() != null && today.isBefore(f.snoozedUntil())) {
            return List.of();
        }
        Judged deal = Judged.of(f, rules, zone);
        int days = FollowUpRules.days(deal, today);
        List<Alert> alerts = new ArrayList<>();
        for (Rule rule : FollowUpRules.forStage(f.stage())) {
            RuleConfig config = rules.rule(rule.id());
            if (!config.enabled()) {
                continue;
            }
            Rule.Firing firing = null;
            for (Rule.Firing candidate : rule.firings(deal)) {
                // The firing that started last is the one in force (an escalation replaces the first severity).
                if (candidate.on(today) && (firing == null || !candidate.from().isBefore(firing.from()))) {
                    firing = candidate;
                }
            }
            if (firing != null) {
                alerts.add(new Alert(f, rule.id(), firing.severity(), days, deal.lastResponse(), rule.why(deal, today, words),
                        config.scripts()));
            }
        }
        return alerts;
    }

    /**
     * The dates from which each severity fires for {@code f}, from the same rule definitions as {@link #evaluate}:
     * they agree on every day as long as the facts stay the same.
     */
    @Override
    public AlertSchedule schedule(FollowUpFacts f) {
        Judged deal = Judged.of(f, rules, zone);
        LocalDate high = null;
        LocalDate medium = null;
        LocalDate low = null;
        LocalDate until = null;
        for (Rule rule : FollowUpRules.forStage(f.stage())) {
            if (!rules.rule(rule.id()).enabled()) {
                continue;
            }
            for (Rule.Firing firing : rule.firings(deal)) {
                switch (firing.severity()) {
                    case HIGH -> high = earlier(high, firing.from());
                    case MEDIUM -> medium = earlier(medium, firing.from());
                    case LOW -> low = earlier(low, firing.from());
                }
                if (firing.until() != null) {
                    until = until == null || firing.until().isAfter(until) ? firing.until() : until;
                }
            }
        }
        if (f.snoozedUntil() != null) {
            high = notBefore(high, f.snoozedUntil());
            medium = notBefore(medium, f.snoozedUntil());
            low = notBefore(low, f.snoozedUntil());
        }
        return new AlertSchedule(high, medium, low, until, deal.base());
    }

    private static LocalDate earlier(LocalDate current, LocalDate candidate) {
        return current == null || candidate.isBefore(current) ? candidate : current;
    }

    private static LocalDate notBefore(LocalDate day, LocalDate floor) {
        return day == null || !day.isBefore(floor) ? day : floor;
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
}
