package app.candor.sample;

import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Outcome;
import app.candor.domain.Prospect;
import app.candor.domain.Refused;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.store.Database;
import app.candor.store.DealRepository;
import app.candor.store.InteractionRepository;
import app.candor.store.ProspectRepository;
import app.candor.store.SettingsRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Believable sample prospects with timelines relative to today, chosen so that every rule fires at least once
 * and some deals are rightly quiet. Only for an empty database: it refuses one that holds data.
 */
public final class DemoData {

    private final Database db;
    private final ProspectRepository prospects;
    private final DealRepository deals;
    private final InteractionRepository interactions;
    private final SettingsRepository settings;
    private final Clock clock;

    public DemoData(Database db, ProspectRepository prospects, DealRepository deals, InteractionRepository interactions,
                    SettingsRepository settings, Clock clock) {
        this.db = db;
        this.prospects = prospects;
        this.deals = deals;
        this.interactions = interactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Fills the database in one transaction; returns the number of prospects added. */
    public int fill() {
        if (db.holdsData()) {
            throw Refused.because("refused.demo.notEmpty", db.where());
        }
        return db.inTransaction(() -> {
            LocalDate today = LocalDate.now(clock);
            settings.put("myName", "Sam Carter");

            // Proposal sent, then silence: no-response, proposal-without-meeting, unknown-decision-maker.
            long priya = prospect("Priya Raman", "Northwind Analytics", "Head of Operations", "priya.raman@northwind.example",
                    "+44 20 7946 0012", "Met at the Leeds ops meetup. Cares about onboarding time.", today.minusDays(40));
            Deal analytics = deals.add(deal(priya, "Analytics rollout", 1_850_000, "GBP", Stage.PROPOSAL, today.minusDays(35),
                    WhoseMove.THEIRS, false, "Wait for their review of the proposal"));
            log(priya, analytics, InteractionKind.MEETING, Direction.TWO_WAY, today.minusDays(13),
                    "Walked through the rollout plan; they want onboarding under two weeks and a pilot with one team.",
                    Outcome.REPLIED);
            log(priya, analytics, InteractionKind.EMAIL, Direction.OUTBOUND, today.minusDays(11),
                    "Sent the proposal with the pilot option.", Outcome.PROPOSAL_SENT);
            log(priya, analytics, InteractionKind.EMAIL, Direction.OUTBOUND, today.minusDays(4),
                    "Asked whether the proposal reached the right people.", null, "who-else-weighs-in");

            // The agreed check-in passed without a word: checkin-overdue.
            long marcus = prospect("Marcus Bell", "Bellweather Logistics", "COO", "m.bell@bellweather.example",
                    "+1 312 555 0148", "", today.minusDays(60));
            Deal routing = deals.add(deal(marcus, "Route planning licences", 4_200_000, "USD", Stage.NEGOTIATION,
                    today.minusDays(55), WhoseMove.THEIRS, true, "They confirm the licence count"));
            log(marcus, routing, InteractionKind.EMAIL, Direction.OUTBOUND, today.minusDays(12),
                    "Summed up where we left off on the licence count and asked what had changed.", null,
                    "summarize-what-changed");
            log(marcus, routing, InteractionKind.CALL, Direction.TWO_WAY, today.minusDays(9),
                    "Agreed on 40 licences in principle; Marcus checks the budget with finance and we talk again.",
                    Outcome.PROMISED_TO_GET_BACK);
            deals.agreeCheckIn(routing.id(), today.minusDays(3), clock.instant().minusSeconds(9 * 86_400L));

            // The check-in keeps moving: checkin-slipped (quiet otherwise: their move, date ahead).
            long sofia = prospect("Sofia Lindqvist", "Fjord Design Studio", "Founder", "sofia@fjorddesign.example",
                    "+46 8 555 010 22", "Prefers calls to email.", today.minusDays(50));
            Deal studio = deals.add(deal(sofia, "Studio workflow pilot", 900_000, "EUR", Stage.MEETING,
                    today.minusDays(45), WhoseMove.THEIRS, true, "Sofia decides after her team offsite"));
            log(sofia, studio, InteractionKind.MEETING, Direction.TWO_WAY, today.minusDays(6),
                    "Demo went well; the team offsite decides whether they pilot this quarter.", Outcome.NOT_NOW);
            Instant now = clock.instant();
            deals.agreeCheckIn(studio.id(), today.minusDays(20), now.minusSeconds(30 * 86_400L));
            deals.agreeCheckIn(studio.id(), today.minusDays(8), now.minusSeconds(21 * 86_400L));
            deals.agreeCheckIn(studio.id(), today.plusDays(5), now.minusSeconds(6 * 86_400L));

            // They promised to get back and went quiet: quiet-after-promise.
            long daniel = prospect("Daniel Okafor", "Okafor & Sons Builders", "Managing Director",
                    "daniel@okaforbuilders.example", "+234 1 555 0199", "", today.minusDays(30));
            Deal quotes = deals.add(deal(daniel, "Site quoting tool", 650_000, "USD", Stage.QUALIFIED, today.minusDays(25),
                    WhoseMove.THEIRS, true, "Daniel gets back with the number of sites"));
            log(daniel, quotes, InteractionKind.CALL, Direction.TWO_WAY, today.minusDays(7),
                    "Daniel likes the quoting flow; he will count the active sites and get back to us.",
                    Outcome.PROMISED_TO_GET_BACK);

            // Emails into the void: unanswered-attempts and no-next-step.
            long hannah = prospect("Hannah Weiss", "Lumen Health", "Practice Manager", "hannah.weiss@lumenhealth.example",
                    "+49 30 555 0170", "Three clinics; busy season until spring.", today.minusDays(28));
            Deal clinics = deals.add(deal(hannah, "Clinic scheduling", 1_200_000, "EUR", Stage.LEAD, today.minusDays(26),
                    WhoseMove.OURS, false, ""));
            log(hannah, clinics, InteractionKind.CALL, Direction.TWO_WAY, today.minusDays(18),
                    "Intro call: double bookings across three clinics are the pain; she asked for examples.",
                    Outcome.REPLIED);
            log(hannah, clinics, InteractionKind.EMAIL, Direction.OUTBOUND, today.minusDays(15), "Sent two case studies.", null);
            log(hannah, clinics, InteractionKind.CALL, Direction.OUTBOUND, today.minusDays(10), "No answer.", Outcome.NO_ANSWER);
            log(hannah, clinics, InteractionKind.CALL, Direction.OUTBOUND, today.minusDays(5), "Left a voicemail.",
                    Outcome.LEFT_VOICEMAIL, "summarize-what-changed");

            // Lost last week, nobody asked why yet: lost-ask-feedback.
            long tom = prospect("Tom Alvarez", "Cedar & Pine Furniture", "Owner", "tom@cedarpine.example",
                    "+1 503 555 0123", "", today.minusDays(70));
            Deal shop = deals.add(deal(tom, "Online shop integration", 780_000, "USD", Stage.NEGOTIATION,
                    today.minusDays(65), WhoseMove.THEIRS, true, ""));
            log(tom, shop, InteractionKind.CALL, Direction.TWO_WAY, today.minusDays(6),
                    "Tom said they chose another vendor.", Outcome.SAID_NO);
            deals.close(shop.id(), false, today.minusDays(5), "We went with someone cheaper; the timing wasn't right for us.");

            // A contact without a deal who went silent: no-response at lead, no-next-step.
            long aiko = prospect("Aiko Tanaka", "Kestrel Robotics", "Engineering Lead", "aiko.tanaka@kestrel.example",
                    "+81 3 5555 0134", "Asked about an API at the robotics fair.", today.minusDays(40));
            log(aiko, null, InteractionKind.MESSAGE, Direction.INBOUND, today.minusDays(24),
                    "Asked whether the API supports webhooks.", Outcome.REPLIED);
            log(aiko, null, InteractionKind.EMAIL, Direction.OUTBOUND, today.minusDays(23), "Answered with the webhook docs.", null);

            // Healthy: their move, check-in ahead, recent conversation. Candor stays quiet.
            long elena = prospect("Elena Rossi", "Brightside Media", "Marketing Director", "elena.rossi@brightside.example",
                    "+39 02 5555 0111", "", today.minusDays(20));
            Deal campaign = deals.add(deal(elena, "Campaign analytics", 1_500_000, "EUR", Stage.MEETING,
                    today.minusDays(18), WhoseMove.THEIRS, true, "Elena shares the brief with her team"));
            log(elena, campaign, InteractionKind.MEETING, Direction.TWO_WAY, today.minusDays(2),
                    "Scoped the analytics for the spring campaign; Elena shares the brief with her team.", Outcome.REPLIED);
            deals.agreeCheckIn(campaign.id(), today.plusDays(4), now.minusSeconds(2 * 86_400L));

            // Won: closed, nothing to do.
            long jonas = prospect("Jonas Berg", "Nordlys Energy", "Procurement", "jonas.berg@nordlys.example",
                    "+47 22 55 50 10", "", today.minusDays(90));
            Deal energy = deals.add(deal(jonas, "Field team licences", 2_400_000, "EUR", Stage.NEGOTIATION,
                    today.minusDays(80), WhoseMove.OURS, true, ""));
            log(jonas, energy, InteractionKind.MEETING, Direction.TWO_WAY, today.minusDays(12), "Signed.", Outcome.REPLIED);
            deals.close(energy.id(), true, today.minusDays(12), "The pilot showed us the time savings.");
            return prospects.count();
        });
    }

    private long prospect(String name, String company, String role, String email, String phone, String notes,
                          LocalDate created) {
        return prospects.add(Prospect.create(name, company, role, email, phone, notes, at(created))).id();
    }

    private static Deal deal(long prospectId, String title, long minor, String currency, Stage stage, LocalDate opened,
                             WhoseMove move, boolean decisionMakerKnown, String nextStep) {
        return Deal.open(prospectId, title, new Money(minor, currency), stage, opened, move)
                .withNextStep(nextStep, decisionMakerKnown);
    }

    private void log(long prospectId, Deal deal, InteractionKind kind, Direction direction, LocalDate on,
                     String summary, Outcome outcome) {
        log(prospectId, deal, kind, direction, on, summary, outcome, null);
    }

    /** Logs a touch; {@code scriptId} names the script it was sent with, as "I sent it" records it. */
    private void log(long prospectId, Deal deal, InteractionKind kind, Direction direction, LocalDate on,
                     String summary, Outcome outcome, String scriptId) {
        interactions.log(Interaction.log(prospectId, deal == null ? null : deal.id(), kind, direction, at(on), summary,
                outcome).withScript(scriptId));
    }

    private Instant at(LocalDate date) {
        return date.atTime(LocalTime.of(10, 30)).atZone(clock.getZone()).toInstant();
    }
}
