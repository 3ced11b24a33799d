package app.candor.domain.history;

import app.candor.domain.Money;
import app.candor.domain.Stage;
import java.time.LocalDate;
import java.util.List;

/** One figure of the history the reports read (see the store's InsightsRepository). */
public record LostDeal(long dealId, long prospectId, String prospect, String company, String title, Money value,
                LocalDate lostOn, String reason, Stage lostFrom, boolean checkInAgreed, List<Heard> heardAfter) {
    public LostDeal {
        heardAfter = List.copyOf(heardAfter);
    }
}
