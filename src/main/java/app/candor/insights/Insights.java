package app.candor.insights;

import app.candor.domain.history.ClosedAlerts;
import app.candor.domain.history.DayCount;
import app.candor.domain.history.FateCount;
import app.candor.domain.history.LossCount;
import app.candor.domain.history.LostDeals;
import app.candor.domain.history.ScriptSend;
import app.candor.domain.history.StageMoves;
import app.candor.domain.InteractionKind;
import app.candor.domain.Stage;
import app.candor.insights.Figures.Count;
import app.candor.insights.Figures.Discipline;
import app.candor.insights.Figures.DisciplineWeek;
import app.candor.insights.Figures.LossLessons;
import app.candor.insights.Figures.Pipeline;
import app.candor.insights.Figures.ReplyRate;
import app.candor.insights.Figures.ReplyRates;
import app.candor.store.DealRepository;
import app.candor.store.InsightsRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the salesperson's own history teaches: reply rate by script, loss lessons, follow-up discipline and the
 * pipeline. The definitions are written down in docs/INSIGHTS.md; each is tested against a hand-made database.
 */
public final class Insights {

    /** A reply is a response from the prospect within this long after the send. */
    public static final Duration REPLY_WINDOW = Duration.ofDays(14);
    /** Below this many sends a reply rate would mislead, so none is shown. */
    public static final int TOO_FEW = 5;
    /** A check-in is kept when we were in touch within this many days of the agreed date. */
    public static final int CHECK_IN_GRACE_DAYS = app.candor.domain.CheckInFate.GRACE_DAYS;
    /** The lost deals and stage moves a report lists by name (all of them are counted). */
    public static final int LISTED = 100;

    private static final double DAY_MILLIS = 86_400_000d;

    private final InsightsRepository history;
    private final DealRepository deals;
    private final Function<String, String> scriptTitle;
    private final Clock clock;

    /** {@code scriptTitle} names a script by its id (the id itself when the script is gone). */
    public Insights(InsightsRepository history, DealRepository deals, Function<String, String> scriptTitle, Clock clock) {
        this.history = history;
        this.deals = deals;
        this.scriptTitle = scriptTitle;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Per script and channel: sends, replies within {@link #REPLY_WINDOW}, reply rate and median days to reply. */
    public ReplyRates replyRates(ReportRange range) {
        Map<String, List<ScriptSend>> groups = new LinkedHashMap<>();
        for (ScriptSend s : history.scriptSends(range.from(), range.to(), REPLY_WINDOW)) {
            groups.computeIfAbsent(s.scriptId() + "\u0000" + channel(s.kind()), k -> new ArrayList<>()).add(s);
        }
        List<ReplyRate> out = new ArrayList<>();
        for (List<ScriptSend> sends : groups.values()) {
            ScriptSend first = sends.get(0);
            List<Double> days = new ArrayList<>();
            for (ScriptSend s : sends) {
                if (s.repliedAt() != null) {
                    days.add(Duration.between(s.sentAt(), s.repliedAt()).toMillis() / DAY_MILLIS);
                }
            }
            boolean enough = sends.size() >= TOO_FEW;
            out.add(new ReplyRate(first.scriptId(), scriptTitle.apply(first.scriptId()), channel(first.kind()),
                    sends.size(), days.size(), enough ? round((double) days.size() / sends.size(), 3) : null,
                    days.isEmpty() ? null : round(median(days), 1), enough));
        }
        out.sort(Comparator.comparingInt(ReplyRate::sent).reversed().thenComparing(ReplyRate::script)
                .thenComparing(ReplyRate::channel));
        return new ReplyRates(range, (int) REPLY_WINDOW.toDays(), TOO_FEW, out);
    }

    /** Lost deals in the range with their reasons and what was heard after, counted by stage lost at and check-in. */
    public LossLessons lossLessons(ReportRange range) {
        LostDeals lost = history.lostDeals(range.from(), range.to(), LISTED);
        Map<String, Integer> byStage = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            if (s.isOpen()) {
                byStage.put(stageLabel(s), 0);
            }
        }
        int agreed = 0;
        int all = 0;
        for (LossCount c : lost.counts()) {
            byStage.merge(stageLabel(c.lostFrom()), c.deals(), Integer::sum);
            agreed += c.checkInAgreed() ? c.deals() : 0;
            all += c.deals();
        }
        List<Count> stages = new ArrayList<>();
        byStage.forEach((label, n) -> stages.add(new Count(label, n)));
        return new LossLessons(range, all, stages, List.of(new Count("check-in agreed", agreed),
                new Count("no check-in agreed", all - agreed)), lost.newest());
    }

    /** Per week: follow-ups done against alerts raised, time to follow up, and agreed check-ins kept or slipped. */
    public Discipline discipline(ReportRange range) {
        LocalDate today = today();
        Map<LocalDate, Week> weeks = new TreeMap<>();
        for (LocalDate w = ReportRange.weekOf(range.from()); !w.isAfter(range.to()); w = w.plusWeeks(1)) {
            weeks.put(w, new Week());
        }
        for (DayCount d : history.touchesMade(range.from(), range.to())) {
            week(weeks, d.day()).done += d.count();
        }
        for (DayCount d : history.openAlertsRaised(range.from(), range.to(), today)) {
            week(weeks, d.day()).raised += d.count();
        }
        for (ClosedAlerts a : history.closedAlerts(range.from(), range.to())) {
            Week w = week(weeks, a.raisedOn());
            w.raised += a.count();
            if (a.daysToAnswer() != null) {
                w.answered += a.count();
                for (int i = 0; i < a.count(); i++) {
                    w.daysToAnswer.add((double) a.daysToAnswer());
                }
            }
        }
        for (FateCount c : history.checkInFates(range.from(), range.to(), today)) {
            Week w = week(weeks, c.agreed());
            switch (c.fate()) {
                case KEPT -> w.kept += c.count();
                case SLIPPED -> w.slipped += c.count();
                case MISSED -> w.missed += c.count();
                default -> {
                }
            }
        }
        List<DisciplineWeek> out = new ArrayList<>();
        weeks.forEach((monday, w) -> out.add(new DisciplineWeek(monday, w.done, w.raised, w.answered,
                w.daysToAnswer.isEmpty() ? null : round(median(w.daysToAnswer), 1), w.kept, w.slipped, w.missed)));
        return new Discipline(range, CHECK_IN_GRACE_DAYS, out);
    }

    /**
     * Follow-up discipline by seller, for a manager on a team's server: the same figures as {@link #discipline} over
     * the whole range, one row per seller whose pipeline this login sees (a rep sees only their own). Refused in a
     * file, which has one seller.
     */
    public List<Figures.SellerDiscipline> disciplineBySeller(ReportRange range) {
        List<Figures.SellerDiscipline> out = new ArrayList<>();
        for (String seller : history.sellers()) {
            InsightsRepository theirs = history.ofSeller(seller);
            Discipline d = new Insights(theirs, deals, scriptTitle, clock).discipline(range);
            List<Double> days = new ArrayList<>();
            for (ClosedAlerts a : theirs.closedAlerts(range.from(), range.to())) {
                if (a.daysToAnswer() != null) {
                    for (int i = 0; i < a.count(); i++) {
                        days.add((double) a.daysToAnswer());
                    }
                }
            }
            int done = 0;
            int raised = 0;
            int answered = 0;
            int kept = 0;
            int slipped = 0;
            int missed = 0;
            for (DisciplineWeek w : d.weeks()) {
                done += w.followUpsDone();
                raised += w.alertsRaised();
                answered += w.alertsAnswered();
                kept += w.checkInsKept();
                slipped += w.checkInsSlipped();
                missed += w.checkInsMissed();
            }
            out.add(new Figures.SellerDiscipline(seller, done, raised, answered,
                    days.isEmpty() ? null : round(median(days), 1), kept, slipped, missed));
        }
        return out;
    }

    /** Whether the history is a team server's (with a view by seller). */
    public boolean team() {
        return history.team();
    }

    /** {@link #disciplineBySeller} as a table, for the terminal and CSV. */
    public ReportTable disciplineBySellerTable(ReportRange range) {
        List<List<String>> rows = new ArrayList<>();
        for (Figures.SellerDiscipline s : disciplineBySeller(range)) {
            rows.add(List.of(s.seller(), String.valueOf(s.followUpsDone()), String.valueOf(s.alertsRaised()),
                    String.valueOf(s.alertsAnswered()),
                    s.medianDaysToFollowUp() == null ? "" : String.valueOf(s.medianDaysToFollowUp()),
                    String.valueOf(s.checkInsKept()), String.valueOf(s.checkInsSlipped()),
                    String.valueOf(s.checkInsMissed())));
        }
        return new ReportTable("Follow-up discipline by seller", List.of("seller", "follow-ups done", "alerts raised",
                "answered", "median days to follow up", "check-ins kept", "slipped", "missed"), rows,
                List.of("Each seller's figures over the whole range, counted as in their own discipline report."),
                true);
    }

    /** Open value per stage today, and the deals that moved stage in the range. */
    public Pipeline pipeline(ReportRange range) {
        LocalDate today = today();
        StageMoves moves = history.stageMoves(range.from(), range.to(), LISTED);
        List<Count> into = new ArrayList<>();
        for (Stage s : Stage.values()) {
            into.add(new Count(s.code(), moves.movesInto().getOrDefault(s, 0)));
        }
        return new Pipeline(range, today, deals.stageTotals(today, null), moves.dealsMoved(), into, moves.newest());
    }

    /** The figures of {@code report}, as records (for JSON). */
    public Object figures(Report report, ReportRange range) {
        return switch (report) {
            case REPLY_RATES -> replyRates(range);
            case LOSSES -> lossLessons(range);
            case DISCIPLINE -> discipline(range);
            case PIPELINE -> pipeline(range);
        };
    }

    /** The same figures as tables (for text and CSV). */
    public List<ReportTable> tables(Report report, ReportRange range) {
        return switch (report) {
            case REPLY_RATES -> ReportTables.of(replyRates(range));
            case LOSSES -> ReportTables.of(lossLessons(range));
            case DISCIPLINE -> ReportTables.of(discipline(range));
            case PIPELINE -> ReportTables.of(pipeline(range));
        };
    }

    public static String stageLabel(Stage stage) {
        return stage == null ? "not recorded" : stage.code();
    }

    /** The channel a touch went through: phone for calls, else its kind. */
    public static String channel(InteractionKind kind) {
        return kind == InteractionKind.CALL ? "phone" : kind.code();
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    private static Week week(Map<LocalDate, Week> weeks, LocalDate day) {
        return weeks.computeIfAbsent(ReportRange.weekOf(day), k -> new Week());
    }

    private static final class Week {
        int done;
        int raised;
        int answered;
        final List<Double> daysToAnswer = new ArrayList<>();
        int kept;
        int slipped;
        int missed;
    }
}
