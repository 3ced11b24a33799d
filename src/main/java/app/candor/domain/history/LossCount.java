package app.candor.domain.history;

import app.candor.domain.Stage;

/** How many deals were lost from {@code lostFrom} (null: not recorded), with or without an agreed check-in. */
public record LossCount(Stage lostFrom, boolean checkInAgreed, int deals) {
}
