package app.candor.sample;

import app.candor.domain.AlertEvent;
import app.candor.domain.CheckInChange;
import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Outcome;
import app.candor.domain.Prospect;
import app.candor.domain.Refused;
import app.candor.domain.Stage;
import app.candor.domain.StageChange;
import app.candor.domain.WhoseMove;
import app.candor.store.BulkWriter.History;
import app.candor.store.BulkWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic pipelines for benchmarks, realistic in shape: three years of history, about 1.5 deals per prospect
 * of which about one in five is still open (mostly recent ones), and interactions in bursts around each deal.
 * The same seed gives the same data.
 */
public final class SyntheticData {

    private static final String[] FIRST = {"Alex", "Priya", "Marcus", "Sofia", "Daniel", "Hannah", "Tom", "Aiko",
        "Elena", "Jonas", "Grace", "Omar", "Lena", "Ravi", "Chloe", "Mateo", "Ingrid", "Kwame", "Yuki", "Nora"};
    private static final String[] LAST = {"Raman", "Bell", "Lindqvist", "Okafor", "Weiss", "Alvarez", "Tanaka", "Rossi",
        "Berg", "Kim", "Haddad", "Novak", "Iyer", "Dubois", "Silva", "Larsen", "Mensah", "Sato", "Brennan", "Costa"};
    private static final String[] COMPANY = {"Northwind", "Bellweather", "Fjord", "Lumen", "Cedar", "Kestrel", "Brightside",
        "Nordlys", "Harbor", "Summit", "Atlas", "Juniper", "Meridian", "Orchid", "Pioneer", "Quarry", "Redwood", "Sable"};
    private static final String[] SUFFIX = {"Analytics", "Logistics", "Design", "Health", "Furniture", "Robotics", "Media",
        "Energy", "Foods", "Systems", "Partners", "Labs"};
    private static final Stage[] OPEN = {Stage.LEAD, Stage.QUALIFIED, Stage.MEETING, Stage.PROPOSAL, Stage.NEGOTIATION};
    private static final InteractionKind[] KINDS = InteractionKind.values();
    private static final String[] SCRIPTS = {"summarize-what-changed", "ask-for-feedback", "ok-to-say-no",
        "where-from-here", "mutual-closure", "learn-from-loss", "firm-follow-up-meeting", "who-else-weighs-in"};
    private static final Outcome[] OUTCOMES = Outcome.values();

    private final Clock clock;

    public SyntheticData(Clock clock) {
        this.clock = clock;
    }

    /** Writes {@code prospects} prospects and about {@code interactions} interactions in one transaction. */
    public int generate(BulkWriter writer, int prospects, int interactions, long seed) {
        if (prospects < 1 || interactions < 0) {
            throw Refused.because("refused.generate.counts");
        }
        SplittableRandom random = new SplittableRandom(seed);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        double perProspect = (double) interactions / prospects;
        return writer.write(sink -> {
            long remaining = interactions;
            for (int n = 0; n < prospects; n++) {
                int left = prospects - n;
                int count = (int) Math.min(remaining, Math.max(0, Math.round(perProspect * (0.3 + 1.4 * random.nextDouble()))));
                if (left == 1) {
                    count = (int) remaining;
                }
                remaining -= count;
                sink.add(history(random, n, today, zone, count));
            }
        });
    }

    private History history(SplittableRandom r, int n, LocalDate today, ZoneId zone, int interactionCount) {
        String first = FIRST[r.nextInt(FIRST.length)];
        String last = LAST[r.nextInt(LAST.length)];
        String company = COMPANY[r.nextInt(COMPANY.length)] + " " + SUFFIX[r.nextInt(SUFFIX.length)];
        LocalDate created = today.minusDays(r.nextInt(3 * 365));
        Prospect prospect = Prospect.create(first + " " + last, company, "Buyer",
                (first + "." + last + n + "@" + company.replace(' ', '-') + ".example").toLowerCase(java.util.Locale.ROOT),
                "", n % 7 == 0 ? "Met at a trade fair; interested in a pilot." : "", atNoon(created, zone));
        List<Deal> deals = new ArrayList<>();
        double dice = r.nextDouble();
        int dealCount = dice < 0.03 ? 0 : dice < 0.53 ? 1 : 2;
        for (int d = 0; d < dealCount; d++) {
            LocalDate opened = created.plusDays(r.nextInt((int) Math.max(1, created.until(today).toTotalMonths() * 30 + 1)));
            long age = opened.until(today, java.time.temporal.ChronoUnit.DAYS);
            boolean open = age < 120 ? r.nextDouble() < 0.55 : r.nextDouble() < 0.03;
            Stage stage = open ? OPEN[r.nextInt(OPEN.length)] : r.nextDouble() < 0.35 ? Stage.WON : Stage.LOST;
            Deal deal = new Deal(0, 0, "Deal " + (d + 1) + " with " + company, new Money(100_00L * (5 + r.nextInt(500)), "EUR"),
                    stage, opened, open ? null : opened.plusDays(Math.min(age, 10 + r.nextInt(90))),
                    r.nextBoolean() ? WhoseMove.OURS : WhoseMove.THEIRS,
                    open && r.nextDouble() < 0.4 ? today.plusDays(r.nextInt(-10, 20)) : null,
                    r.nextDouble() < 0.1 ? 2 : 0, "", r.nextBoolean(), open ? "" : "Budget went elsewhere");
            deals.add(deal);
        }
        List<Interaction> timeline = new ArrayList<>(interactionCount);
        LocalDate cursor = created;
        for (int i = 0; i < interactionCount; i++) {
            // Bursts: mostly a few days apart, sometimes a long pause.
            int gap = r.nextDouble() < 0.85 ? r.nextInt(4) : r.nextInt(60);
            cursor = cursor.plusDays(gap);
            if (cursor.isAfter(today)) {
                cursor = today.minusDays(r.nextInt(30));
            }
            Long dealIndex = deals.isEmpty() || r.nextDouble() < 0.15 ? null : (long) r.nextInt(deals.size());
            double who = r.nextDouble();
            Direction direction = who < 0.55 ? Direction.OUTBOUND : who < 0.8 ? Direction.INBOUND : Direction.TWO_WAY;
            Instant at = cursor.atStartOfDay(zone).toInstant().plusSeconds(8 * 3600 + r.nextInt(10 * 3600));
            Outcome outcome = r.nextDouble() < 0.5 ? null : OUTCOMES[r.nextInt(OUTCOMES.length)];
            InteractionKind kind = KINDS[r.nextInt(KINDS.length)];
            // A fifth of our emails and calls went out with a script marked as sent.
            boolean scripted = direction == Direction.OUTBOUND && (kind == InteractionKind.EMAIL
                    || kind == InteractionKind.CALL) && r.nextDouble() < 0.2;
            timeline.add(Interaction.log(0, dealIndex, kind, direction, at,
                    "Talked through next steps and open questions.", outcome)
                    .withScript(scripted ? SCRIPTS[r.nextInt(SCRIPTS.length)] : null));
        }
        List<StageChange> moves = new ArrayList<>();
        List<AlertEvent> events = new ArrayList<>();
        List<CheckInChange> checkIns = new ArrayList<>();
        for (int d = 0; d < deals.size(); d++) {
            Deal deal = deals.get(d);
            if (deal.agreedCheckIn() != null) {
                checkIns.add(new CheckInChange(d, null, deal.agreedCheckIn(),
                        atNoon(deal.agreedCheckIn().minusDays(3 + r.nextInt(20)), zone)));
            } else if (r.nextDouble() < 0.3) {
                // A check-in agreed in the past; sometimes moved later once.
                LocalDate end = deal.closedOn() != null ? deal.closedOn() : today;
                LocalDate agreed = deal.openedOn().plusDays(r.nextInt((int) Math.max(1, deal.openedOn().until(end,
                        java.time.temporal.ChronoUnit.DAYS))));
                checkIns.add(new CheckInChange(d, null, agreed, atNoon(agreed.minusDays(7), zone)));
                if (r.nextDouble() < 0.3) {
                    checkIns.add(new CheckInChange(d, agreed, agreed.plusDays(7), atNoon(agreed.minusDays(1), zone)));
                }
            }
            if (!deal.isOpen()) {
                moves.add(new StageChange(d, OPEN[r.nextInt(OPEN.length)], deal.stage(), atNoon(deal.closedOn(), zone)));
            } else if (deal.stage() != Stage.LEAD && r.nextBoolean()) {
                LocalDate on = deal.openedOn().plusDays(r.nextInt((int) Math.max(1, deal.openedOn().until(today,
                        java.time.temporal.ChronoUnit.DAYS))));
                moves.add(new StageChange(d, OPEN[java.util.Arrays.asList(OPEN).indexOf(deal.stage()) - 1], deal.stage(),
                        atNoon(on, zone)));
            }
        }
        for (int e = r.nextInt(3); e > 0; e--) {
            LocalDate raised = today.minusDays(1 + r.nextInt(365));
            LocalDate closed = raised.plusDays(r.nextInt(10));
            events.add(new AlertEvent(0, deals.isEmpty() ? null : (long) r.nextInt(deals.size()), raised, closed,
                    r.nextDouble() < 0.6 ? raised.plusDays(r.nextInt((int) raised.until(closed).getDays() + 1)) : null));
        }
        return new History(prospect, deals, timeline, moves, checkIns, events);
    }

    private static Instant atNoon(LocalDate date, ZoneId zone) {
        return date.atTime(12, 0).atZone(zone).toInstant();
    }
}
