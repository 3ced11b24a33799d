package app.candor.rules;

import app.candor.domain.ContactFacts;
import app.candor.domain.FollowUpFacts;
import app.candor.domain.Outcome;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** A readable builder of one deal's facts for rule scenarios. */
final class Facts {
    Stage stage = Stage.MEETING;
    LocalDate opened = LocalDate.parse("2026-01-05");
    app.candor.domain.Money value = app.candor.domain.Money.zero("EUR");
    LocalDate closed;
    WhoseMove move = WhoseMove.THEIRS;
    LocalDate checkIn;
    int slips;
    boolean decisionMakerKnown = true;
    LocalDate snoozedUntil;
    Instant lastResponse;
    Outcome lastResponseOutcome;
    int attempts;
    Instant proposalSent;
    Instant lastInteraction;
    ZoneId zone = ZoneId.of("Europe/London");

    static Facts deal() {
        return new Facts();
    }

    Facts stage(Stage s) {
        stage = s;
        return this;
    }

    Facts value(long minorUnits) {
        value = new app.candor.domain.Money(minorUnits, "EUR");
        return this;
    }

    Facts opened(String d) {
        opened = LocalDate.parse(d);
        return this;
    }

    Facts lost(String d) {
        stage = Stage.LOST;
        closed = LocalDate.parse(d);
        return this;
    }

    Facts won(String d) {
        stage = Stage.WON;
        closed = LocalDate.parse(d);
        return this;
    }

    Facts ourMove() {
        move = WhoseMove.OURS;
        return this;
    }

    Facts theirMove() {
        move = WhoseMove.THEIRS;
        return this;
    }

    Facts checkIn(String d) {
        checkIn = LocalDate.parse(d);
        return this;
    }

    Facts slips(int n) {
        slips = n;
        return this;
    }

    Facts decisionMakerUnknown() {
        decisionMakerKnown = false;
        return this;
    }

    Facts snoozedUntil(String d) {
        snoozedUntil = LocalDate.parse(d);
        return this;
    }

    Facts zone(ZoneId z) {
        zone = z;
        return this;
    }

    /** Their last response at 10:00 local time on that date. */
    Facts respondedOn(String d) {
        lastResponse = at(d);
        lastInteraction = lastResponse;
        return this;
    }

    Facts respondedAt(Instant instant) {
        lastResponse = instant;
        lastInteraction = instant;
        return this;
    }

    Facts promisedOn(String d) {
        respondedOn(d);
        lastResponseOutcome = Outcome.PROMISED_TO_GET_BACK;
        return this;
    }

    Facts attempts(int n) {
        attempts = n;
        return this;
    }

    Facts proposalSentOn(String d) {
        proposalSent = at(d);
        return this;
    }

    Facts interactionOn(String d) {
        lastInteraction = at(d);
        return this;
    }

    Instant at(String d) {
        return LocalDate.parse(d).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant();
    }

    FollowUpFacts build() {
        ContactFacts contact = new ContactFacts(lastResponse, lastResponse, lastResponseOutcome, attempts, proposalSent,
                lastInteraction, lastResponse, "Agreed to look at a pilot");
        return new FollowUpFacts(1, "Ada Lovelace", "ada@example.com", "Analytical Engines", 10L, "Pilot", stage,
                opened, closed, move, checkIn, slips, decisionMakerKnown, snoozedUntil, contact, value);
    }
}
