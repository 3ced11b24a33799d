package app.candor.insights;

import app.candor.domain.history.Heard;
import app.candor.domain.history.LostDeal;
import app.candor.domain.history.StageMove;
import app.candor.domain.Money;
import app.candor.insights.Figures.Count;
import app.candor.insights.Figures.Discipline;
import app.candor.insights.Figures.DisciplineWeek;
import app.candor.insights.Figures.LossLessons;
import app.candor.insights.Figures.Pipeline;
import app.candor.insights.Figures.ReplyRate;
import app.candor.insights.Figures.ReplyRates;
import app.candor.domain.StageTotal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Lays the figures out as tables, the same for the CLI's text and CSV and the Reports screen's CSV export. */
public final class ReportTables {

    private ReportTables() {
    }

    public static List<ReportTable> of(ReplyRates r) {
        List<List<String>> rows = new ArrayList<>();
        for (ReplyRate s : r.scripts()) {
            rows.add(List.of(s.script(), s.channel(), Integer.toString(s.sent()), Integer.toString(s.replies()),
                    s.enoughToSay() ? percent(s.replyRate()) : "too few to say",
                    s.medianDaysToReply() == null ? "" : decimal(s.medianDaysToReply())));
        }
        return List.of(new ReportTable("Reply rate by script, " + r.range(),
                List.of("Script", "Channel", "Sent", "Replies", "Reply rate", "Median days to reply"), rows,
                List.of("A reply is an inbound or two-way contact with the prospect within " + r.windowDays()
                        + " days of the send.", "Rates are shown from " + r.fewerThanThisIsTooFew()
                        + " sends up; fewer would mislead."), true));
    }

    public static List<ReportTable> of(LossLessons l) {
        List<List<String>> deals = new ArrayList<>();
        for (LostDeal d : l.deals()) {
            deals.add(List.of(d.lostOn().toString(), d.prospect(), d.company(), d.title(), d.value().toString(),
                    Insights.stageLabel(d.lostFrom()), d.checkInAgreed() ? "yes" : "no", d.reason(),
                    d.heardAfter().stream().map(Heard::summary).filter(s -> !s.isBlank())
                            .collect(Collectors.joining(" / "))));
        }
        return List.of(counts("Lost deals by the stage they were lost at, " + l.range(), "Stage lost at",
                        l.byStageLostAt(), List.of("\"not recorded\": lost before Candor kept stage history.")),
                counts("Lost deals by whether a check-in had been agreed", "Check-in", l.byCheckIn(), List.of()),
                new ReportTable("Lost deals, in their words" + (l.deals().size() < l.lost() ? " (the newest "
                        + l.deals().size() + " of " + l.lost() + ")" : ""), List.of("Lost on", "Prospect", "Company", "Deal", "Value",
                        "Stage lost at", "Check-in agreed", "Reason in their words", "Heard since"), deals,
                        List.of("\"Heard since\": what was logged on the deal, or on the prospect in general, on or after the"
                                + " day it was lost."), true));
    }

    public static List<ReportTable> of(Discipline d) {
        List<List<String>> rows = new ArrayList<>();
        for (DisciplineWeek w : d.weeks()) {
            rows.add(List.of(w.weekOf().toString(), Integer.toString(w.followUpsDone()),
                    Integer.toString(w.alertsRaised()), Integer.toString(w.alertsAnswered()),
                    w.medianDaysToFollowUp() == null ? "" : decimal(w.medianDaysToFollowUp()),
                    Integer.toString(w.checkInsKept()), Integer.toString(w.checkInsSlipped()),
                    Integer.toString(w.checkInsMissed())));
        }
        return List.of(new ReportTable("Follow-up discipline by week, " + d.range(), List.of("Week of",
                "Follow-ups done", "Alerts raised", "Alerts answered", "Median days alert to follow-up",
                "Check-ins kept", "Check-ins slipped", "Check-ins missed"), rows,
                List.of("Follow-ups done: calls, emails, meetings and messages we made (outbound or two-way).",
                        "An alert is answered when we were in touch between the day it was raised and the day it"
                                + " left the queue.",
                        "A check-in is kept when we were in touch within " + d.checkInGraceDays() + " days of the"
                                + " agreed date; slipped when it was moved later; missed when neither happened."),
                true));
    }

    public static List<ReportTable> of(Pipeline p) {
        List<List<String>> stages = new ArrayList<>();
        for (StageTotal t : p.openByStage()) {
            stages.add(List.of(t.stage().code(), t.currency(), Integer.toString(t.deals()),
                    new Money(t.valueMinor(), t.currency()).amount().toPlainString(), Integer.toString(t.stalled())));
        }
        List<List<String>> moves = new ArrayList<>();
        for (StageMove m : p.newestMoves()) {
            moves.add(List.of(m.on().toString(), m.prospect(), m.title(),
                    m.value().toString(), m.previous().code(), m.stage().code()));
        }
        return List.of(new ReportTable("Open pipeline by stage on " + p.today(), List.of("Stage", "Currency",
                        "Open deals", "Open value", "Stalled"), stages, List.of(), true),
                counts("Moves into each stage, " + p.range(), "Stage", p.movesInto(),
                        List.of(p.dealsMoved() + (p.dealsMoved() == 1 ? " deal" : " deals") + " moved stage.")),
                new ReportTable("Stage moves, newest first" + (moves.size() == Insights.LISTED ? " (the newest "
                        + Insights.LISTED + ")" : ""), List.of("On", "Prospect", "Deal", "Value", "From", "To"), moves,
                        List.of(), false));
    }

    private static ReportTable counts(String title, String label, List<Count> counts, List<String> notes) {
        List<List<String>> rows = new ArrayList<>();
        for (Count c : counts) {
            rows.add(List.of(c.label(), Integer.toString(c.deals())));
        }
        return new ReportTable(title, List.of(label, "Deals"), rows, notes, false);
    }

    static String percent(double rate) {
        return Math.round(rate * 100) + "%";
    }

    static String decimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
