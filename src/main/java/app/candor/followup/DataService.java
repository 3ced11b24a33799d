package app.candor.followup;

import app.candor.domain.FollowUpFacts;
import app.candor.domain.Refused;
import app.candor.io.Calendar;
import app.candor.io.CsvExport;
import app.candor.io.CsvImport;
import app.candor.io.JsonExport;
import app.candor.io.JsonImport;
import app.candor.sample.DemoData;
import app.candor.sample.SyntheticData;
import app.candor.store.BulkWriter;
import app.candor.store.Database;
import app.candor.store.DealRepository;
import app.candor.store.FullData;
import app.candor.store.InteractionRepository;
import app.candor.store.ProspectRepository;
import app.candor.store.SettingsRepository;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Data in and out: CSV and JSON imports and exports, calendar files, sample and generated data. */
public final class DataService {

    private final Database db;
    private final ProspectRepository prospects;
    private final DealRepository deals;
    private final InteractionRepository interactions;
    private final SettingsRepository settings;
    private final BulkWriter bulk;
    private final FullData fullData;
    private final FollowUpService followUps;
    private final Clock clock;

    public DataService(Database db, ProspectRepository prospects, DealRepository deals, InteractionRepository interactions,
                       SettingsRepository settings, BulkWriter bulk, FullData fullData, FollowUpService followUps,
                       Clock clock) {
        this.db = db;
        this.prospects = prospects;
        this.deals = deals;
        this.interactions = interactions;
        this.settings = settings;
        this.bulk = bulk;
        this.fullData = fullData;
        this.followUps = followUps;
        this.clock = clock;
    }

    public Path databaseFile() {
        return db.file();
    }

    /** Whether any prospect is stored: commands that fill an empty database refuse one that holds data. */
    public boolean holdsData() {
        return db.holdsData();
    }

    /** Imports a CSV file (docs/IMPORT.md) in one transaction, or checks it only (a dry run). */
    public CsvImport.Report importCsv(Path file, CsvImport.Options options) throws IOException {
        return new CsvImport(db, prospects, deals, interactions, bulk, clock,
                followUps.engine().rules().arrivalsPerDay()).run(file, options);
    }

    /** Restores a full JSON export into this (empty) database, all or nothing. */
    public JsonImport.Counts importJson(Reader in, String sourceName) {
        return new JsonImport().restore(in, fullData, sourceName);
    }

    /** Every record as versioned JSON, streamed from one read transaction. */
    public void exportJson(Writer out) throws IOException {
        JsonExport.write(fullData, out, clock);
    }

    /** Prospects (with their newest open deal) as CSV in the import format. */
    public void exportProspectsCsv(Writer out) throws IOException {
        CsvExport.prospects(fullData, out);
    }

    /** Interactions as CSV in the import format. */
    public void exportInteractionsCsv(Writer out) throws IOException {
        CsvExport.interactions(fullData, out);
    }

    /** Fills an empty database with the sample pipeline; returns how many prospects it added. */
    public int demo() {
        return new DemoData(db, prospects, deals, interactions, settings, clock).fill();
    }

    /** Fills an empty database with synthetic data for benchmarks; returns how many prospects it added. */
    public int generate(int prospectCount, int interactionCount, long seed) {
        if (db.holdsData()) {
            throw Refused.because("refused.generate.notEmpty", db.where());
        }
        return new SyntheticData(clock).generate(bulk, prospectCount, interactionCount, seed);
    }

    /** Every upcoming agreed check-in as a calendar file (RFC 5545), soonest first. */
    public Calendar.Events upcomingCheckIns() {
        LocalDate today = followUps.today();
        List<Calendar.CheckIn> upcoming = followUps.facts(today).stream()
                .filter(f -> f.dealId() != null && f.stage().isOpen() && f.agreedCheckIn() != null
                        && !f.agreedCheckIn().isBefore(today))
                .sorted(Comparator.comparing(FollowUpFacts::agreedCheckIn))
                .map(f -> checkIn(f, f.agreedCheckIn()))
                .toList();
        return new Calendar.Events(upcoming.size(), Calendar.ics(upcoming, clock.instant()));
    }

    /** One deal's check-in on {@code day} as a calendar file. */
    public String checkInEvent(long prospectId, long dealId, LocalDate day) {
        FollowUpFacts facts = followUps.factsOf(prospectId).stream().filter(f -> f.dealId() != null
                && f.dealId() == dealId).findFirst().orElseThrow(() -> Refused.because("refused.deal.gone", dealId));
        return Calendar.ics(List.of(checkIn(facts, day)), clock.instant());
    }

    private static Calendar.CheckIn checkIn(FollowUpFacts f, LocalDate day) {
        return new Calendar.CheckIn(f.dealId(), f.prospectName(), f.dealTitle(), f.email(), day, f.checkInSlips());
    }
}
