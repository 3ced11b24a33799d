package app.candor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.candor.domain.Alert;
import app.candor.domain.RuleId;
import app.candor.domain.Severity;
import app.candor.domain.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RuleEngineTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    final RuleEngine engine = engine(LONDON);

    static RuleEngine engine(ZoneId zone) {
        return new RuleEngine(new RuleSetLoader().defaults(), Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), zone), zone, java.util.Locale.UK);
    }

    List<RuleId> rules(Facts facts, String today) {
        return engine.evaluate(facts.build(), LocalDate.parse(today)).stream().map(Alert::rule).toList();
    }

    Alert only(RuleId rule, Facts facts, String today) {
        return engine.evaluate(facts.build(), LocalDate.parse(today)).stream().filter(a -> a.rule() == rule)
                .findFirst().orElseThrow(() -> new AssertionError(rule.code() + " did not fire"));
    }

    @ParameterizedTest(name = "{0}: {1} days silent fires={2}")
    @CsvSource({
        "lead, 20, false", "lead, 21, true",
        "qualified, 13, false", "qualified, 14, true",
        "meeting, 9, false", "meeting, 10, true",
        "proposal, 6, false", "proposal, 7, true",
        "negotiation, 4, false", "negotiation, 5, true"})
    void noResponseFiresExactlyAtTheStageThreshold(String stage, int days, boolean fires) {
        LocalDate today = LocalDate.parse("2026-11-23");
        Facts facts = Facts.deal().stage(Stage.fromCode(stage)).ourMove().respondedOn(today.minusDays(days).toString());
        assertThat(rules(facts, today.toString()).contains(RuleId.NO_RESPONSE)).isEqualTo(fires);
    }

    @ParameterizedTest(name = "{0} days at proposal gives {1}")
    @CsvSource({"7, medium", "13, medium", "14, high", "30, high"})
    void noResponseBecomesHighAtTwiceTheThreshold(int days, String severity) {
        Facts facts = Facts.deal().stage(Stage.PROPOSAL).respondedOn(LocalDate.parse("2026-11-23").minusDays(days).toString());
        assertThat(only(RuleId.NO_RESPONSE, facts, "2026-11-23").severity()).isEqualTo(Severity.fromCode(severity));
    }

    @Test
    void noResponseCountsFromTheOpeningDateWhenTheyNeverResponded() {
        Alert alert = only(RuleId.NO_RESPONSE, Facts.deal().stage(Stage.LEAD).opened("2026-11-02"), "2026-11-23");
        assertThat(alert.daysSinceResponse()).isEqualTo(21);
        assertThat(alert.lastResponse()).isNull();
        assertThat(rules(Facts.deal().stage(Stage.LEAD).opened("2026-11-03"), "2026-11-23")).doesNotContain(RuleId.NO_RESPONSE);
    }

    static Stream<Arguments> theirMoveAndAgreedDate() {
        return Stream.of(
                Arguments.of("their move, check-in today", Facts.deal().theirMove().checkIn("2026-11-23"), false),
                Arguments.of("their move, check-in ahead", Facts.deal().theirMove().checkIn("2026-12-01"), false),
                Arguments.of("their move, check-in passed", Facts.deal().theirMove().checkIn("2026-11-22"), true),
                Arguments.of("their move, no check-in", Facts.deal().theirMove(), true),
                Arguments.of("our move, check-in ahead", Facts.deal().ourMove().checkIn("2026-12-01"), true));
    }

    @ParameterizedTest(name = "{0}: no-response fires={2}")
    @MethodSource("theirMoveAndAgreedDate")
    void noResponseStaysQuietWhileItIsTheirMoveAndTheAgreedDateHasNotPassed(String name, Facts facts, boolean fires) {
        facts.stage(Stage.PROPOSAL).respondedOn("2026-11-01");
        assertThat(rules(facts, "2026-11-23").contains(RuleId.NO_RESPONSE)).isEqualTo(fires);
    }

    @ParameterizedTest(name = "check-in {0}, response {1}: overdue={2}")
    @CsvSource({
        "2026-11-22, 2026-11-01, true",
        "2026-11-23, 2026-11-01, false",
        "2026-11-20, 2026-11-20, false",
        "2026-11-20, 2026-11-21, false",
        "2026-11-20, 2026-11-19, true"})
    void checkInOverdueWhenTheDatePassedWithNoResponseOnOrAfterIt(String checkIn, String response, boolean fires) {
        Facts facts = Facts.deal().checkIn(checkIn).respondedOn(response);
        assertThat(rules(facts, "2026-11-23").contains(RuleId.CHECKIN_OVERDUE)).isEqualTo(fires);
        if (fires) {
            assertThat(only(RuleId.CHECKIN_OVERDUE, facts, "2026-11-23").severity()).isEqualTo(Severity.HIGH);
        }
    }

    @ParameterizedTest(name = "{0} slips fires={1}")
    @CsvSource({"0, false", "1, false", "2, true", "5, true"})
    void checkInSlippedFromTwoMovesLater(int slips, boolean fires) {
        Facts facts = Facts.deal().slips(slips).checkIn("2026-12-10").respondedOn("2026-11-20");
        assertThat(rules(facts, "2026-11-23").contains(RuleId.CHECKIN_SLIPPED)).isEqualTo(fires);
    }

    @ParameterizedTest(name = "promise on {0}, today {1}: fires={2}")
    @CsvSource({
        "2026-11-20, 2026-11-24, false",  // Friday -> Tuesday: Mon, Tue = 2 business days
        "2026-11-20, 2026-11-25, true",   // Friday -> Wednesday: 3 business days over the weekend
        "2026-11-18, 2026-11-22, false",  // Wednesday -> Sunday: Thu, Fri = 2
        "2026-11-18, 2026-11-23, true",   // Wednesday -> Monday: Thu, Fri, Mon = 3
        "2026-11-16, 2026-11-19, true"})  // Monday -> Thursday: 3
    void quietAfterPromiseCountsBusinessDaysOnly(String promise, String today, boolean fires) {
        Facts facts = Facts.deal().promisedOn(promise);
        assertThat(rules(facts, today).contains(RuleId.QUIET_AFTER_PROMISE)).isEqualTo(fires);
    }

    @Test
    void aCheckInAgreedWithThePromiseReplacesIt() {
        // They promised to get back on 16 Nov and a check-in was agreed for 30 Nov: until then Candor stays quiet,
        // and afterwards the overdue check-in speaks, not the promise.
        Facts facts = Facts.deal().promisedOn("2026-11-16").checkIn("2026-11-30");
        assertThat(rules(facts, "2026-11-23")).doesNotContain(RuleId.QUIET_AFTER_PROMISE);
        assertThat(rules(facts, "2026-12-02")).contains(RuleId.CHECKIN_OVERDUE).doesNotContain(RuleId.QUIET_AFTER_PROMISE);
        // A check-in agreed before the promise (and passed) does not silence it.
        assertThat(rules(Facts.deal().promisedOn("2026-11-16").checkIn("2026-11-10"), "2026-11-23"))
                .contains(RuleId.QUIET_AFTER_PROMISE);
    }

    @Test
    void aLostDealAsksForTheLessonWithoutSayingNothingWasLogged() {
        Alert alert = only(RuleId.LOST_ASK_FEEDBACK, Facts.deal().lost("2026-11-20").respondedOn("2026-11-01"), "2026-11-23");
        assertThat(alert.explanation()).isEqualTo("Lost on 20 Nov 2026. Lost deals are where you learn: ask what you could"
                + " have done better, and log what they say.");
    }

    @Test
    void quietAfterPromiseNeedsThePromiseToBeTheLastResponse() {
        assertThat(rules(Facts.deal().respondedOn("2026-11-10"), "2026-11-23")).doesNotContain(RuleId.QUIET_AFTER_PROMISE);
    }

    @Test
    void proposalWithoutMeetingUntilAFollowUpDateIsAgreed() {
        assertThat(rules(Facts.deal().stage(Stage.PROPOSAL).respondedOn("2026-11-20"), "2026-11-23"))
                .contains(RuleId.PROPOSAL_WITHOUT_MEETING);
        assertThat(rules(Facts.deal().stage(Stage.MEETING).proposalSentOn("2026-11-21").respondedOn("2026-11-20"), "2026-11-23"))
                .contains(RuleId.PROPOSAL_WITHOUT_MEETING);
        assertThat(rules(Facts.deal().stage(Stage.PROPOSAL).checkIn("2026-11-23").respondedOn("2026-11-20"), "2026-11-23"))
                .doesNotContain(RuleId.PROPOSAL_WITHOUT_MEETING);
        assertThat(rules(Facts.deal().stage(Stage.MEETING).respondedOn("2026-11-20"), "2026-11-23"))
                .doesNotContain(RuleId.PROPOSAL_WITHOUT_MEETING);
    }

    @ParameterizedTest(name = "{0} attempts fires={1}")
    @CsvSource({"2, false", "3, true", "7, true"})
    void unansweredAttemptsFromThree(int attempts, boolean fires) {
        Facts facts = Facts.deal().attempts(attempts).respondedOn("2026-11-20");
        assertThat(rules(facts, "2026-11-23").contains(RuleId.UNANSWERED_ATTEMPTS)).isEqualTo(fires);
    }

    @Test
    void noNextStepOnlyWhenItIsOurMoveWithoutAnAgreedDateAhead() {
        assertThat(rules(Facts.deal().ourMove().respondedOn("2026-11-20"), "2026-11-23")).contains(RuleId.NO_NEXT_STEP);
        assertThat(rules(Facts.deal().ourMove().checkIn("2026-11-22").respondedOn("2026-11-20"), "2026-11-23"))
                .contains(RuleId.NO_NEXT_STEP);
        assertThat(rules(Facts.deal().ourMove().checkIn("2026-11-23").respondedOn("2026-11-20"), "2026-11-23"))
                .doesNotContain(RuleId.NO_NEXT_STEP);
        assertThat(rules(Facts.deal().theirMove().respondedOn("2026-11-20"), "2026-11-23")).doesNotContain(RuleId.NO_NEXT_STEP);
    }

    @ParameterizedTest(name = "{0} with unknown decision maker fires={1}")
    @CsvSource({"meeting, false", "proposal, true", "negotiation, true"})
    void unknownDecisionMakerLateInTheDeal(String stage, boolean fires) {
        Facts facts = Facts.deal().stage(Stage.fromCode(stage)).decisionMakerUnknown().checkIn("2026-12-01").respondedOn("2026-11-22");
        assertThat(rules(facts, "2026-11-23").contains(RuleId.UNKNOWN_DECISION_MAKER)).isEqualTo(fires);
        assertThat(rules(Facts.deal().stage(Stage.fromCode(stage)).respondedOn("2026-11-22"), "2026-11-23"))
                .doesNotContain(RuleId.UNKNOWN_DECISION_MAKER);
    }

    @ParameterizedTest(name = "lost on {0}: fires={1}")
    @CsvSource({"2026-11-23, true", "2026-11-09, true", "2026-11-08, false"})
    void lostAskFeedbackForFourteenDays(String lostOn, boolean fires) {
        Facts facts = Facts.deal().lost(lostOn).respondedOn("2026-11-01");
        assertThat(rules(facts, "2026-11-23")).isEqualTo(fires ? List.of(RuleId.LOST_ASK_FEEDBACK) : List.of());
    }

    @Test
    void lostAskFeedbackGoesQuietOnceSomethingIsLoggedAfterTheLoss() {
        assertThat(rules(Facts.deal().lost("2026-11-15").respondedOn("2026-11-01").interactionOn("2026-11-17"), "2026-11-23"))
                .isEmpty();
    }

    @Test
    void wonDealsRaiseNothing() {
        assertThat(rules(Facts.deal().won("2026-11-20").ourMove().slips(4).attempts(5), "2026-11-23")).isEmpty();
    }

    @ParameterizedTest(name = "snoozed until {0}, today {1}: hidden={2}")
    @CsvSource({"2026-11-24, 2026-11-23, true", "2026-11-23, 2026-11-23, false", "2026-11-20, 2026-11-23, false"})
    void snoozeHidesAlertsUntilItsDateAndTheyReturnOnIt(String until, String today, boolean hidden) {
        Facts facts = Facts.deal().ourMove().stage(Stage.PROPOSAL).respondedOn("2026-10-01").snoozedUntil(until);
        assertThat(rules(facts, today).isEmpty()).isEqualTo(hidden);
    }

    @Test
    void daysAreCountedBetweenLocalDatesAcrossTheEndOfSummerTime() {
        // 24 Oct 2026 23:30 UTC is already 25 Oct 00:30 in London (BST); summer time ends that night.
        Instant afterMidnight = Instant.parse("2026-10-24T23:30:00Z");
        Facts facts = Facts.deal().stage(Stage.PROPOSAL).respondedAt(afterMidnight);
        assertThat(rules(facts, "2026-10-31")).doesNotContain(RuleId.NO_RESPONSE);
        Alert alert = only(RuleId.NO_RESPONSE, facts, "2026-11-01");
        assertThat(alert.daysSinceResponse()).isEqualTo(7);
        assertThat(alert.lastResponse()).isEqualTo(LocalDate.parse("2026-10-25"));
    }

    @Test
    void leapDayIsAnOrdinaryDay() {
        assertThat(rules(Facts.deal().stage(Stage.PROPOSAL).respondedOn("2028-02-22"), "2028-02-29")).contains(RuleId.NO_RESPONSE);
        assertThat(rules(Facts.deal().stage(Stage.PROPOSAL).respondedOn("2028-02-23"), "2028-02-29")).doesNotContain(RuleId.NO_RESPONSE);
        assertThat(only(RuleId.NO_RESPONSE, Facts.deal().stage(Stage.PROPOSAL).respondedOn("2028-02-29"), "2028-03-07")
                .daysSinceResponse()).isEqualTo(7);
    }

    @Test
    void aZoneFarFromUtcCountsItsOwnLocalDates() {
        ZoneId kiritimati = ZoneId.of("Pacific/Kiritimati");
        RuleEngine far = engine(kiritimati);
        // 10 Nov 11:00 UTC is already 11 Nov 01:00 in Kiritimati (UTC+14).
        Facts facts = Facts.deal().stage(Stage.PROPOSAL).zone(kiritimati).respondedAt(Instant.parse("2026-11-10T11:00:00Z"));
        List<Alert> alerts = far.evaluate(facts.build(), LocalDate.parse("2026-11-18"));
        Alert noResponse = alerts.stream().filter(a -> a.rule() == RuleId.NO_RESPONSE).findFirst().orElseThrow();
        assertThat(noResponse.daysSinceResponse()).isEqualTo(7);
        assertThat(noResponse.lastResponse()).isEqualTo(LocalDate.parse("2026-11-11"));
        assertThat(far.today()).isEqualTo(LocalDate.parse("2026-11-24"));
    }

    @Test
    void explanationSaysWhatHappenedInPlainWords() {
        Facts facts = Facts.deal().stage(Stage.PROPOSAL).respondedOn("2026-11-01").proposalSentOn("2026-11-06").attempts(2);
        assertThat(only(RuleId.NO_RESPONSE, facts, "2026-11-18").explanation())
                .isEqualTo("No word from them for 17 days, since 1 Nov 2026; you sent the proposal on 6 Nov 2026;"
                        + " 2 follow-ups since went unanswered.");
        assertThat(only(RuleId.NO_RESPONSE, Facts.deal().stage(Stage.PROPOSAL).opened("2026-11-01"), "2026-11-18")
                .explanation()).isEqualTo("No reply since the deal opened on 1 Nov 2026, 17 days ago.");
    }

    @Test
    void explanationsAreInThePersonsLocaleWithOneDayInTheSingular() {
        RuleEngine us = new RuleEngine(new RuleSetLoader().defaults(), Clock.systemUTC(), LONDON, java.util.Locale.US);
        Alert alert = us.evaluate(Facts.deal().stage(Stage.PROPOSAL).respondedOn("2026-11-01").attempts(1).build(),
                LocalDate.parse("2026-11-18")).stream().filter(a -> a.rule() == RuleId.NO_RESPONSE).findFirst().orElseThrow();
        assertThat(alert.explanation())
                .isEqualTo("No word from them for 17 days, since Nov 1, 2026; 1 follow-up since went unanswered.");
    }

    @Test
    void everyExplanationInTheCatalogueIsOneTheRulesUse() throws java.io.IOException {
        String rules = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/java/app/candor/rules/FollowUpRules.java"));
        var words = new app.candor.text.Catalogue(java.util.Locale.UK);
        List<String> explanations = words.keys().stream().filter(k -> k.startsWith("rule.")).toList();
        assertThat(explanations).hasSizeGreaterThan(RuleId.values().length);
        for (String key : explanations) {
            assertThat(rules).as(key).contains("\"" + key + "\"");
        }
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("words\\.text\\(\"(rule\\.[a-z.-]+)\"").matcher(rules);
        int count = 0;
        while (used.find()) {
            assertThat(words.keys()).contains(used.group(1));
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(explanations.size() - 2);
    }

    @Test
    void alertsCarryTheScriptsOfTheirRuleInOrder() {
        Alert alert = only(RuleId.LOST_ASK_FEEDBACK, Facts.deal().lost("2026-11-20").respondedOn("2026-11-01"), "2026-11-23");
        assertThat(alert.scriptIds()).containsExactly("learn-from-loss", "ask-for-feedback");
    }

    @Test
    void disabledRuleNeverFires() {
        RuleSet rules = new RuleSetLoader().parse("{\"rules\": {\"no-next-step\": {\"enabled\": false}}}").rules();
        RuleEngine quiet = new RuleEngine(rules, Clock.systemUTC(), LONDON, java.util.Locale.UK);
        assertThat(quiet.evaluate(Facts.deal().ourMove().respondedOn("2026-11-20").build(), LocalDate.parse("2026-11-23")))
                .extracting(Alert::rule).doesNotContain(RuleId.NO_NEXT_STEP);
    }
}
