package app.candor.domain;


/** Open deals of one stage in one currency: how many, their value in minor units, how many stalled. */
public record StageTotal(Stage stage, String currency, int deals, long valueMinor, int stalled) {
}
