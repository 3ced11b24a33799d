package app.candor.io;

import app.candor.domain.Bounds;
import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Outcome;
import app.candor.domain.Prospect;
import app.candor.domain.Refused;
import app.candor.domain.Stage;
import app.candor.store.BulkWriter;
import app.candor.store.Database;
import app.candor.store.DealRepository;
import app.candor.store.InteractionRepository;
import app.candor.store.ProspectRepository;
import app.candor.store.SeenEmails;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * CSV import: Candor's own prospects and interactions files, HubSpot's contacts export and Pipedrive's deals export,
 * told apart by their headers (docs/IMPORT.md). The whole file is validated first; then it is written in one
 * transaction, all or nothing, unless only the valid rows are asked for.
 */
public final class CsvImport {

    /** What kind of file this is, from its header. */
    public enum Kind { PROSPECTS, INTERACTIONS, HUBSPOT_CONTACTS, PIPEDRIVE_DEALS }

    /** What to do with a row whose email matches an existing prospect. */
    public enum OnDuplicate { SKIP, UPDATE }

    public record Options(boolean dryRun, boolean validOnly, OnDuplicate onDuplicate) {
    }

    /** What a problem means for the import: only {@link #INVALID} and {@link #MATCHES_EXISTING} stop it. */
    public enum ProblemKind {
        /** The row (or the file) cannot be imported as it is. */
        INVALID,
        /** The row repeats an email of an earlier row: skipped. */
        DUPLICATE_IN_FILE,
        /** Rows match existing prospects and no --on-duplicate choice was made. */
        MATCHES_EXISTING,
        /** Something worth knowing that changes nothing (how the file was read). */
        NOTE;

        public boolean blocking() {
            return this == INVALID || this == MATCHES_EXISTING;
        }
    }

    /** One problem, at a line of the file (0 for the file as a whole). */
    public record Problem(long line, ProblemKind kind, String message) {
        public String text() {
            return line > 0 ? "line " + line + ": " + message : message;
        }
    }

    /** What was (or, in a dry run, would be) done, and the problems found (the first {@value #LISTED} listed). */
    public record Report(Kind kind, int rows, int added, int updated, int skipped, List<Problem> problemList,
                         int problemCount, boolean blocking, Set<String> ignoredColumns, Map<String, String> mapping,
                         boolean written) {
        public Report {
            problemList = List.copyOf(problemList);
            ignoredColumns = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ignoredColumns));
            mapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        }

        /**
         * The columns read, in words: a column named as Candor names the field by its name, another by its name
         * and the field it fills ({@code "E-mail" as email}); the file's own text made visible (no control
         * characters).
         */
        public String columnsUsed() {
            return mapping.entrySet().stream().map(e -> e.getKey().strip().equalsIgnoreCase(e.getValue())
                    ? app.candor.domain.Text.visible(e.getKey(), false)
                    : "\"" + app.candor.domain.Text.visible(e.getKey(), false) + "\" as " + e.getValue().replace('_', ' '))
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        /** The listed problems as {@code line N: reason}, with a last line when more were found. */
        public List<String> problems() {
            List<String> texts = new ArrayList<>(problemList.stream().map(Problem::text).toList());
            if (problemCount > problemList.size()) {
                texts.add((problemCount - problemList.size()) + " more problems are not listed.");
            }
            return texts;
        }
    }

    /** Problems listed in a report; more are counted. Bounds the memory of an import of a broken file. */
    public static final int LISTED = 1000;
    /** The longest header line accepted. */
    private static final int MAX_HEADER = 1 << 20;

    private static final Map<Kind, Map<String, List<String>>> FIELDS = Map.of(
            Kind.PROSPECTS, fields("name", "name", "email", "email", "other_emails", "other_emails", "company", "company",
                    "role", "role",
                    "phone", "phone", "notes", "notes", "stage", "stage", "deal", "deal", "value", "value",
                    "currency", "currency", "whose_move", "whose_move", "agreed_checkin", "agreed_checkin",
                    "decision_maker_known", "decision_maker_known", "opened", "opened", "closed", "closed",
                    "lost_reason", "lost_reason"),
            Kind.INTERACTIONS, fields("email", "email", "occurred_at", "occurred_at", "kind", "kind",
                    "direction", "direction", "outcome", "outcome", "summary", "summary", "deal", "deal"),
            Kind.HUBSPOT_CONTACTS, fields("first", "first name", "last", "last name", "email", "email|email address",
                    "other_emails", "additional email addresses",
                    "company", "company name|company", "role", "job title", "phone", "phone number|mobile phone number",
                    "lifecycle", "lifecycle stage", "last_contact", "last contacted|last activity date",
                    "created", "create date"),
            Kind.PIPEDRIVE_DEALS, fields("deal", "deal - title", "value", "deal - value",
                    "currency", "deal - currency|deal - currency of value", "stage", "deal - stage",
                    "status", "deal - status", "lost_reason", "deal - lost reason", "company", "deal - organization",
                    "name", "deal - contact person", "email", "person - email|deal - contact person email",
                    "last_contact", "deal - last activity date", "opened", "deal - deal created",
                    "closed", "deal - won time|deal - lost time|deal - close date"));

    private final Database db;
    private final ProspectRepository prospects;
    private final DealRepository deals;
    private final InteractionRepository interactions;
    private final BulkWriter bulk;
    private final Clock clock;
    private final int arrivalsPerDay;

    public CsvImport(Database db, ProspectRepository prospects, DealRepository deals, InteractionRepository interactions,
                     BulkWriter bulk, Clock clock) {
        this(db, prospects, deals, interactions, bulk, clock, 0);
    }

    /** With {@code arrivalsPerDay} above 0, a large import joins the queue that many prospects a day. */
    public CsvImport(Database db, ProspectRepository prospects, DealRepository deals, InteractionRepository interactions,
                     BulkWriter bulk, Clock clock, int arrivalsPerDay) {
        this.arrivalsPerDay = arrivalsPerDay;
        this.db = db;
        this.prospects = prospects;
        this.deals = deals;
        this.interactions = interactions;
        this.bulk = bulk;
        this.clock = clock;
    }

    private static Map<String, List<String>> fields(String... pairs) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], List.of(pairs[i + 1].split("\\|")));
        }
        return out;
    }

    /** Thrown inside the import's transaction to discard it: a dry run, or problems that stop the import. */
    private static final class Discard extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Discard() {
            super(null, null, false, false);
        }
    }

    /** Problems found so far: all counted, the first {@value #LISTED} kept. */
    private static final class Problems {
        final List<Problem> listed = new ArrayList<>();
        int count;
        boolean blocking;

        void add(long line, ProblemKind kind, String message) {
            count++;
            blocking |= kind.blocking();
            if (listed.size() < LISTED) {
                listed.add(new Problem(line, kind, message));
            }
        }
    }

    /** Counts of what the rows did. */
    private static final class Tally {
        int rows;
        int added;
        int updated;
        int skipped;
        int matches;
        long firstMatchLine;
    }

    public Report run(Path file, Options options) throws IOException {
        try {
            return runUncancelled(file, options);
        } catch (IOException | RuntimeException e) {
            if (Thread.currentThread().isInterrupted() || e instanceof java.nio.channels.ClosedByInterruptException
                    || e.getCause() instanceof java.nio.channels.ClosedByInterruptException) {
                throw new java.util.concurrent.CancellationException(app.candor.text.Catalogue.personal().text("import.cancelled"));
            }
            throw e;
        }
    }

    private Report runUncancelled(Path file, Options options) throws IOException {
        Problems problems = new Problems();
        Set<String> ignored = new LinkedHashSet<>();
        Map<String, String> mapping = new LinkedHashMap<>();
        TextFiles.Opened opened;
        try {
            opened = TextFiles.open(file);
        } catch (IllegalArgumentException e) {
            problems.add(0, ProblemKind.INVALID, e.getMessage());
            return report(null, new Tally(), problems, ignored, mapping, false);
        }
        try (BufferedReader reader = opened.reader()) {
            if (opened.note() != null) {
                problems.add(0, ProblemKind.NOTE, opened.note());
            }
            char separator;
            try {
                separator = separator(reader);
            } catch (IOException e) {
                problems.add(1, ProblemKind.INVALID, "the first line is longer than " + MAX_HEADER / 1024
                        + " KB or cannot be read; this is not a CSV file Candor can import");
                return report(null, new Tally(), problems, ignored, mapping, false);
            }
            CsvMapper mapper = new CsvMapper();
            mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            mapper.enable(CsvParser.Feature.TRIM_SPACES);
            CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
            try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema).readValues(reader)) {
                Kind kind = null;
                Map<String, Integer> columns = new HashMap<>();
                if (it.hasNext()) {
                    List<String> header = List.of(it.next()).stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                            .toList();
                    kind = detect(header);
                    if (kind == null) {
                        problems.add(1, ProblemKind.INVALID, "the header does not look like a Candor, HubSpot contacts"
                                + " or Pipedrive deals file (see Help, Import): " + String.join(", ", header));
                        return report(null, new Tally(), problems, ignored, mapping, false);
                    }
                    for (var field : FIELDS.get(kind).entrySet()) {
                        for (String alias : field.getValue()) {
                            int index = header.indexOf(alias);
                            if (index >= 0 && !columns.containsKey(field.getKey())) {
                                columns.put(field.getKey(), index);
                                mapping.put(header.get(index), field.getKey());
                            }
                        }
                    }
                    for (String h : header) {
                        if (!mapping.containsKey(h) && !h.isEmpty()) {
                            ignored.add(h);
                        }
                    }
                }
                if (kind == null) {
                    problems.add(0, ProblemKind.INVALID, file.getFileName() + " is empty.");
                    return report(null, new Tally(), problems, ignored, mapping, false);
                }
                Kind k = kind;
                Tally tally = new Tally();
                boolean written = write(k, rows(it, columns), options, problems, tally);
                return report(k, tally, problems, ignored, mapping, written);
            }
        } catch (RuntimeException e) {
            if (e instanceof app.candor.store.StoreException || e instanceof java.util.concurrent.CancellationException
                    || Thread.currentThread().isInterrupted()) {
                throw e;
            }
            problems.add(0, ProblemKind.INVALID, file.getFileName() + ": not readable as CSV (" + plain(e) + ")");
            return report(null, new Tally(), problems, ignored, mapping, false);
        }
    }

    private static String plain(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return "a byte that is not text in the file's encoding";
        }
        String m = e.getMessage();
        return m == null ? "unreadable" : m.lines().findFirst().orElse(m);
    }

    private static Report report(Kind kind, Tally t, Problems problems, Set<String> ignored,
                                 Map<String, String> mapping, boolean written) {
        return new Report(kind, t.rows, t.added, t.updated, t.skipped, problems.listed, problems.count,
                problems.blocking, ignored, mapping, written);
    }

    /** The delimiter the header uses more: {@code ;} or {@code ,}. */
    private static char separator(BufferedReader reader) throws IOException {
        reader.mark(MAX_HEADER);
        String first = "";
        for (String line; (line = reader.readLine()) != null; ) {
            if (!line.isBlank()) {
                first = line;
                break;
            }
        }
        reader.reset();
        return count(first, ';') > count(first, ',') ? ';' : ',';
    }

    /** The data rows, read as they are needed, blank ones left out. */
    private static Iterator<CsvRows.Row> rows(MappingIterator<String[]> it, Map<String, Integer> columns) {
        return new Iterator<>() {
            CsvRows.Row next;

            @Override
            public boolean hasNext() {
                while (next == null && it.hasNext()) {
                    long line = it.getParser().currentLocation().getLineNr();
                    String[] values = it.next();
                    if (!blank(values)) {
                        next = new CsvRows.Row(Math.max(2, line), values, columns);
                    }
                }
                return next != null;
            }

            @Override
            public CsvRows.Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                CsvRows.Row r = next;
                next = null;
                return r;
            }
        };
    }

    private static Kind detect(List<String> header) {
        if (header.contains("deal - title")) {
            return Kind.PIPEDRIVE_DEALS;
        }
        if (header.contains("first name") || header.contains("record id") || header.contains("lifecycle stage")) {
            return Kind.HUBSPOT_CONTACTS;
        }
        if (header.contains("occurred_at") && header.contains("email")) {
            return Kind.INTERACTIONS;
        }
        if (header.contains("name")) {
            return Kind.PROSPECTS;
        }
        return null;
    }

    /**
     * Reads, checks and writes the rows in one transaction: duplicates are looked up inside it, so two imports at
     * once cannot both add the same person. The transaction is discarded for a dry run, or when a problem stops
     * the import. Returns whether it was committed.
     */
    private boolean write(Kind kind, Iterator<CsvRows.Row> rows, Options options, Problems problems, Tally tally) {
        try {
            db.inTransaction(() -> {
                if (kind == Kind.INTERACTIONS) {
                    interactions(rows, options, problems, tally);
                } else {
                    try (SeenEmails seen = new SeenEmails(db)) {
                        // Read inside the write transaction: no other writer can add a prospect until it ends.
                        Map<String, Long> known = prospects.idsByEmail();
                        bulk.write(sink -> prospects(kind, rows, options, problems, tally, seen, known, sink),
                                arrivalsPerDay, java.time.LocalDate.now(clock));
                    }
                }
                if ((problems.blocking && !options.validOnly()) || options.dryRun()) {
                    throw new Discard();
                }
                return null;
            });
            return true;
        } catch (Discard discarded) {
            return false;
        }
    }

    private void prospects(Kind kind, Iterator<CsvRows.Row> rows, Options options, Problems problems, Tally tally,
                           SeenEmails seen, Map<String, Long> known, BulkWriter.Sink sink) {
        while (rows.hasNext()) {
            stopIfCancelled();
            CsvRows.Row row = rows.next();
            tally.rows++;
            CsvRows.ProspectRow parsed;
            try {
                parsed = CsvRows.prospectRow(row, kind, clock);
            } catch (IllegalArgumentException e) {
                problems.add(row.line(), ProblemKind.INVALID, e.getMessage());
                continue;
            }
            // A dry run only checks; after a problem that stops the import, so does the rest of the file.
            boolean writing = !options.dryRun() && (!problems.blocking || options.validOnly());
            String email = parsed.prospect().email();
            Optional<Prospect> existing = Optional.empty();
            if (!email.isEmpty()) {
                Long earlier = seen.firstSeen(email, row.line());
                if (earlier != null) {
                    tally.skipped++;
                    problems.add(row.line(), ProblemKind.DUPLICATE_IN_FILE, app.candor.text.Catalogue.personal().text("import.sameEmail", earlier));
                    continue;
                }
                Long id = known.get(email.toLowerCase(Locale.ROOT));
                existing = id == null ? Optional.empty() : prospects.find(id);
            }
            if (existing.isPresent()) {
                if (options.onDuplicate() == null) {
                    if (tally.matches++ == 0) {
                        tally.firstMatchLine = row.line();
                    }
                } else if (options.onDuplicate() == OnDuplicate.SKIP) {
                    tally.skipped++;
                } else {
                    if (writing) {
                        Prospect found = existing.get();
                        sink.between(() -> update(parsed, found));
                    }
                    tally.updated++;
                }
                continue;
            }
            if (writing) {
                LocalDate today = LocalDate.now(clock);
                LocalDate contact = parsed.lastContact() == null ? null
                        : LocalDate.ofInstant(parsed.lastContact(), clock.getZone());
                Deal deal = parsed.deal() == null ? null : parsed.deal().toDeal(0, today, contact);
                sink.add(new BulkWriter.History(parsed.prospect(), deal == null ? List.of() : List.of(deal),
                        parsed.lastContact() == null ? List.of() : List.of(lastContact(parsed, deal == null ? null : 0L))));
                if (!parsed.otherEmails().isEmpty() && !email.isEmpty()) {
                    // Rare, so written at once: what was added so far is flushed and this prospect has its id.
                    sink.between(() -> prospects.findByEmail(email).ifPresent(
                            added -> prospects.setOtherAddresses(added.id(), parsed.otherEmails())));
                }
            }
            tally.added++;
        }
        if (tally.matches > 0) {
            problems.add(tally.firstMatchLine, ProblemKind.MATCHES_EXISTING, app.candor.text.Catalogue.personal()
                    .text("import.matches", tally.matches));
        }
    }

    /** The imported last-contact date becomes a two-way note on that day: the rules count silence from it. */
    private static Interaction lastContact(CsvRows.ProspectRow r, Long dealIndex) {
        return Interaction.log(0, dealIndex, InteractionKind.NOTE, Direction.TWO_WAY, r.lastContact(), "", null);
    }

    /** Changes only what the row's non-empty cells say; text Candor made up never replaces what the user wrote. */
    private void update(CsvRows.ProspectRow r, Prospect existing) {
        Prospect p = r.prospect();
        Prospect merged = new Prospect(existing.id(), r.nameGiven() ? p.name() : existing.name(),
                or(p.company(), existing.company()), or(p.role(), existing.role()), existing.email(),
                or(p.phone(), existing.phone()), r.notesGiven() ? p.notes() : existing.notes(), existing.createdAt(),
                existing.archived());
        if (!merged.equals(existing)) {
            prospects.update(merged);
        }
        if (!r.otherEmails().isEmpty()) {
            List<String> all = new java.util.ArrayList<>(prospects.otherAddresses(existing.id()));
            r.otherEmails().stream().filter(a -> !all.contains(a)).forEach(all::add);
            prospects.setOtherAddresses(existing.id(), all);
        }
        Long dealId = null;
        if (r.deal() != null) {
            CsvRows.DealCells cells = r.deal();
            List<Deal> theirs = deals.forProspect(existing.id());
            Optional<Deal> match = cells.title() != null
                    ? theirs.stream().filter(d -> d.title().equalsIgnoreCase(cells.title()))
                            .max(java.util.Comparator.comparing(Deal::isOpen).thenComparing(Deal::openedOn))
                    : theirs.stream().filter(Deal::isOpen).max(java.util.Comparator.comparing(Deal::openedOn));
            if (match.isPresent()) {
                Deal d = match.get();
                Stage stage = cells.stage() == null ? d.stage() : cells.stage();
                LocalDate closedOn = stage.isOpen() ? null : cells.closed() != null ? cells.closed()
                        : d.closedOn() != null ? d.closedOn() : LocalDate.now(clock);
                Money value = cells.value() != null ? cells.value() : cells.currency() != null
                        ? new Money(d.value().minorUnits(), cells.currency()) : d.value();
                Deal changed = new Deal(d.id(), d.prospectId(), d.title(), value, stage,
                        cells.opened() == null ? d.openedOn() : cells.opened(), closedOn,
                        cells.whoseMove() == null ? d.whoseMove() : cells.whoseMove(), d.agreedCheckIn(),
                        d.checkInSlips(), d.nextStep(),
                        cells.decisionMakerKnown() == null ? d.decisionMakerKnown() : cells.decisionMakerKnown(),
                        cells.lostReason() == null ? d.outcomeReason() : cells.lostReason());
                if (!changed.equals(d)) {
                    deals.update(changed);
                }
                dealId = d.id();
                if (stage.isOpen() && cells.agreedCheckIn() != null && !cells.agreedCheckIn().equals(d.agreedCheckIn())) {
                    deals.agreeCheckIn(d.id(), cells.agreedCheckIn(), clock.instant());
                }
            } else {
                LocalDate contact = r.lastContact() == null ? null : LocalDate.ofInstant(r.lastContact(), clock.getZone());
                dealId = deals.add(cells.toDeal(existing.id(), LocalDate.now(clock), contact)).id();
            }
        }
        if (r.lastContact() != null) {
            interactions.log(Interaction.log(existing.id(), dealId, InteractionKind.NOTE, Direction.TWO_WAY,
                    r.lastContact(), "", null));
        }
    }

    private static String or(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }

    private void interactions(Iterator<CsvRows.Row> rows, Options options, Problems problems, Tally tally) {
        while (rows.hasNext()) {
            stopIfCancelled();
            CsvRows.Row row = rows.next();
            tally.rows++;
            try {
                Prospect who = prospects.findByEmail(CsvRows.required(row.get("email"), "an email"))
                        .orElseThrow(() -> Refused.because("refused.csv.noProspect", row.get("email")));
                Long dealId = null;
                if (!row.get("deal").isEmpty()) {
                    dealId = deals.forProspect(who.id()).stream().filter(d -> d.title().equalsIgnoreCase(row.get("deal")))
                            .map(Deal::id).findFirst().orElseThrow(() -> Refused.because("refused.csv.noDeal",
                                    row.get("deal"), row.get("email")));
                }
                Instant at = Dates.instant(CsvRows.required(row.get("occurred_at"), "occurred_at"), clock.getZone());
                Interaction logged = Interaction.log(who.id(), dealId,
                        InteractionKind.fromCode(CsvRows.required(row.get("kind"), "kind")),
                        Direction.fromCode(CsvRows.required(row.get("direction"), "direction")), at, row.get("summary"),
                        row.get("outcome").isEmpty() ? null : Outcome.fromCode(row.get("outcome")));
                if (!options.dryRun() && (!problems.blocking || options.validOnly())) {
                    interactions.log(logged);
                }
                tally.added++;
            } catch (IllegalArgumentException e) {
                problems.add(row.line(), ProblemKind.INVALID, e.getMessage());
            }
        }
    }

    /** Between rows: a cancelled import stops, and its transaction is rolled back with nothing written. */
    private static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException(app.candor.text.Catalogue.personal().text("import.cancelled"));
        }
    }

    private static boolean blank(String[] values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(x -> x == c).count();
    }
}
