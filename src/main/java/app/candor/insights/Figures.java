package app.candor.insights;

import app.candor.domain.history.LostDeal;
import app.candor.domain.history.StageMove;
import app.candor.domain.StageTotal;
import java.time.LocalDate;
import java.util.List;

/** The figures each report shows; plain records, so the CLI writes them as JSON as they are. */
public final class Figures {

    private Figures() {
    }

    /**
     * One script on one channel: times sent, replies within the window, and the rate and median days to a reply
     * (null when there are too few sends to say, or no replies).
     */
    public record ReplyRate(String scriptId, String script, String channel, int sent, int replies, Double replyRate,
                            Double medianDaysToReply, boolean enoughToSay) {
    }

    public record ReplyRates(ReportRange range, int windowDays, int fewerThanThisIsTooFew, List<ReplyRate> scripts) {
        public ReplyRates {
            scripts = List.copyOf(scripts);
        }
    }

    /** A number of deals (or moves) under a label. */
    public record Count(String label, int deals) {
    }

    /** Every loss in the range counted; the newest {@code deals} listed with their words. */
    public record LossLessons(ReportRange range, int lost, List<Count> byStageLostAt, List<Count> byCheckIn,
                              List<LostDeal> deals) {
        public LossLessons {
            byStageLostAt = List.copyOf(byStageLostAt);
            byCheckIn = List.copyOf(byCheckIn);
            deals = List.copyOf(deals);
        }
    }

    /**
     * One week (from its Monday): follow-ups done (touches we made), alerts raised, those answered by a touch
     * before they closed, the median days from raised to answered, and agreed check-ins kept, slipped and missed.
     */
    public record DisciplineWeek(LocalDate weekOf, int followUpsDone, int alertsRaised, int alertsAnswered,
                                 Double medianDaysToFollowUp, int checkInsKept, int checkInsSlipped,
                                 int checkInsMissed) {
    }

    /**
     * One seller's follow-up discipline over a range, for a manager on a team's server: follow-ups done, alerts
     * raised and answered before they closed, the median days to follow up, agreed check-ins kept, slipped, missed.
     */
    public record SellerDiscipline(String seller, int followUpsDone, int alertsRaised, int alertsAnswered,
                                   Double medianDaysToFollowUp, int checkInsKept, int checkInsSlipped,
                                   int checkInsMissed) {
    }

    public record Discipline(ReportRange range, int checkInGraceDays, List<DisciplineWeek> weeks) {
        public Discipline {
            weeks = List.copyOf(weeks);
        }
    }

    /** Open value per stage today; in the range, the deals that moved, moves into each stage, the newest moves. */
    public record Pipeline(ReportRange range, LocalDate today, List<StageTotal> openByStage, int dealsMoved,
                           List<Count> movesInto, List<StageMove> newestMoves) {
        public Pipeline {
            openByStage = List.copyOf(openByStage);
            movesInto = List.copyOf(movesInto);
            newestMoves = List.copyOf(newestMoves);
        }
    }
}
