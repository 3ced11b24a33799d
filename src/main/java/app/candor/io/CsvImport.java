package app.candor.io;

import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Outcome;
import app.candor.domain.Prospect;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import app.candor.store.BulkWriter;
import app.candor.store.Database;
import app.candor.store.DealRepository;
import app.candor.store.InteractionRepository;
import app.candor.store.ProspectRepository;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** What was (or, in a dry run, would be) done, and every problem as {@code line N: reason}. */
    public record Report(Kind kind, int rows, int added, int updated, int skipped, List<String> problems,
                         Set<String> ignoredColumns, Map<String, String> mapping, boolean written) {
        public Report {
            problems = List.copyOf(problems);
            ignoredColumns = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(ignoredColumns));
            mapping = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        }
    }

    private static final Map<Kind, Map<String, List<String>>> FIELDS = Map.of(
            Kind.PROSPECTS, fields("name", "name", "email", "email", "company", "company", "role", "role",
                    "phone", "phone", "notes", "notes", "stage", "stage", "deal", "deal", "value", "value",
                    "currency", "currency", "whose_move", "whose_move", "agreed_checkin", "agreed_checkin",
                    "decision_maker_known", "decision_maker_known", "opened", "opened"),
            Kind.INTERACTIONS, fields("email", "email", "occurred_at", "occurred_at", "kind", "kind",
                    "direction", "direction", "outcome", "outcome", "summary", "summary", "deal", "deal"),
            Kind.HUBSPOT_CONTACTS, fields("first", "first name", "last", "last name", "email", "email|email address",
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

    public CsvImport(Database db, ProspectRepository prospects, DealRepository deals, InteractionRepository interactions,
                     BulkWriter bulk, Clock clock) {
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

    /** One data row with its line number and values by canonical field. */
    private record Row(long line, String[] values, Map<String, Integer> columns) {
        String get(String field) {
            Integer index = columns.get(field);
            return index == null || index >= values.length || values[index] == null ? "" : values[index].strip();
        }
    }

    /** A validated prospect row, ready to write. */
    private record ProspectRow(long line, Prospect prospect, Deal deal, Instant lastContact) {
    }

    public Report run(Path file, Options options) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Kind kind = null;
        Map<String, Integer> columns = new HashMap<>();
        Set<String> ignored = new LinkedHashSet<>();
        Map<String, String> mapping = new LinkedHashMap<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(schema).readValues(text)) {
            while (it.hasNext()) {
                long line = it.getParser().currentLocation().getLineNr();
                String[] values = it.next();
                if (header == null) {
                    header = List.of(values).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
                    kind = detect(header);
                    if (kind == null) {
                        problems.add("line 1: the header does not look like a Candor, HubSpot contacts or Pipedrive"
                                + " deals file (see docs/IMPORT.md): " + String.join(", ", header));
                        break;
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
                    continue;
                }
                if (blank(values)) {
                    continue;
                }
                rows.add(new Row(Math.max(2, line), values, columns));
            }
        } catch (RuntimeException e) {
            problems.add(file.getFileName() + ": not readable as CSV (" + e.getMessage() + ")");
        }
        if (kind == null) {
            if (problems.isEmpty()) {
                problems.add(file.getFileName() + " is empty.");
            }
            return new Report(null, 0, 0, 0, 0, problems, ignored, mapping, false);
        }
        return kind == Kind.INTERACTIONS ? interactions(rows, kind, options, problems, ignored, mapping)
                : prospects(rows, kind, options, problems, ignored, mapping);
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

    private Report prospects(List<Row> rows, Kind kind, Options options, List<String> problems, Set<String> ignored,
                             Map<String, String> mapping) {
        List<ProspectRow> valid = new ArrayList<>();
        Map<String, Long> seenEmails = new HashMap<>();
        int skipped = 0;
        for (Row row : rows) {
            try {
                ProspectRow parsed = prospectRow(row, kind);
                String email = parsed.prospect().email().toLowerCase(Locale.ROOT);
                if (!email.isEmpty() && seenEmails.containsKey(email)) {
                    skipped++;
                    problems.add("line " + row.line() + ": skipped, the same email as line " + seenEmails.get(email));
                    continue;
                }
                if (!email.isEmpty()) {
                    seenEmails.put(email, row.line());
                }
                valid.add(parsed);
            } catch (IllegalArgumentException e) {
                problems.add("line " + row.line() + ": " + e.getMessage());
            }
        }
        List<ProspectRow> fresh = new ArrayList<>();
        List<Map.Entry<ProspectRow, Long>> matches = new ArrayList<>();
        Map<String, Long> known = prospects.idsByEmail();
        for (ProspectRow r : valid) {
            Long existing = r.prospect().email().isEmpty() ? null
                    : known.get(r.prospect().email().toLowerCase(Locale.ROOT));
            if (existing != null) {
                matches.add(Map.entry(r, existing));
            } else {
                fresh.add(r);
            }
        }
        if (!matches.isEmpty() && options.onDuplicate() == null) {
            problems.add("line " + matches.get(0).getKey().line() + ": " + matches.size() + " row(s) match existing"
                    + " prospects by email; choose --on-duplicate skip or update");
        }
        boolean blocking = problems.stream().anyMatch(p -> !p.contains(": skipped, the same email"));
        int updated = options.onDuplicate() == OnDuplicate.UPDATE ? matches.size() : 0;
        skipped += options.onDuplicate() == OnDuplicate.SKIP ? matches.size() : 0;
        if ((blocking && !options.validOnly()) || options.dryRun()) {
            return new Report(kind, rows.size(), fresh.size(), updated, skipped, problems, ignored, mapping, false);
        }
        db.write(c -> {
            bulk.write(sink -> {
                for (ProspectRow r : fresh) {
                    sink.add(new BulkWriter.History(r.prospect(), r.deal() == null ? List.of() : List.of(r.deal()),
                            r.lastContact() == null ? List.of() : List.of(lastContact(r, r.deal() == null ? null : 0L))));
                }
            });
            if (options.onDuplicate() == OnDuplicate.UPDATE) {
                for (var match : matches) {
                    update(match.getKey(), prospects.find(match.getValue()).orElseThrow());
                }
            }
            return null;
        });
        return new Report(kind, rows.size(), fresh.size(), updated, skipped, problems, ignored, mapping, true);
    }

    /** The imported last-contact date becomes a two-way note on that day: the rules count silence from it. */
    private static Interaction lastContact(ProspectRow r, Long dealIndex) {
        return Interaction.log(0, dealIndex, InteractionKind.NOTE, Direction.TWO_WAY, r.lastContact(), "", null);
    }

    private void update(ProspectRow r, Prospect existing) {
        Prospect p = r.prospect();
        Prospect merged = new Prospect(existing.id(), p.name(), or(p.company(), existing.company()),
                or(p.role(), existing.role()), existing.email(), or(p.phone(), existing.phone()),
                or(p.notes(), existing.notes()), existing.createdAt(), existing.archived());
        prospects.update(merged);
        Long dealId = null;
        if (r.deal() != null) {
            Deal wanted = r.deal();
            Optional<Deal> open = deals.forProspect(existing.id()).stream()
                    .filter(d -> d.isOpen() && d.title().equalsIgnoreCase(wanted.title())).findFirst();
            if (open.isPresent()) {
                Deal d = open.get();
                deals.update(new Deal(d.id(), d.prospectId(), d.title(), wanted.value(), wanted.stage(), d.openedOn(),
                        wanted.closedOn(), wanted.whoseMove(), d.agreedCheckIn(), d.checkInSlips(), d.nextStep(),
                        wanted.decisionMakerKnown(), wanted.outcomeReason()));
                dealId = d.id();
                if (wanted.agreedCheckIn() != null && !wanted.agreedCheckIn().equals(d.agreedCheckIn())) {
                    deals.agreeCheckIn(d.id(), wanted.agreedCheckIn(), clock.instant());
                }
            } else {
                Deal added = deals.add(new Deal(0, existing.id(), wanted.title(), wanted.value(), wanted.stage(),
                        wanted.openedOn(), wanted.closedOn(), wanted.whoseMove(), wanted.agreedCheckIn(), 0, "",
                        wanted.decisionMakerKnown(), wanted.outcomeReason()));
                dealId = added.id();
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

    private ProspectRow prospectRow(Row row, Kind kind) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String name;
        String notes = row.get("notes");
        String company = row.get("company");
        Instant created = now;
        Deal deal = null;
        Instant lastContact = null;
        switch (kind) {
            case HUBSPOT_CONTACTS -> {
                name = (row.get("first") + " " + row.get("last")).strip();
                if (name.isEmpty()) {
                    name = row.get("email");
                }
                if (!row.get("lifecycle").isEmpty()) {
                    notes = "HubSpot lifecycle stage: " + row.get("lifecycle");
                }
                Instant c = Dates.instant(row.get("created"), clock.getZone());
                created = c == null ? now : c;
                lastContact = Dates.instant(row.get("last_contact"), clock.getZone());
            }
            case PIPEDRIVE_DEALS -> {
                name = row.get("name").isEmpty() ? company : row.get("name");
                Stage stage = pipedriveStage(row.get("stage"), row.get("status"));
                LocalDate opened = Dates.date(row.get("opened"));
                LocalDate closed = stage.isOpen() ? null : Optional.ofNullable(Dates.date(row.get("closed"))).orElse(today);
                deal = new Deal(0, 0, required(row.get("deal"), "a deal title"), money(row.get("value"),
                        row.get("currency")), stage, opened == null ? today : opened, closed, WhoseMove.OURS, null, 0,
                        "", false, row.get("lost_reason"));
                lastContact = Dates.instant(row.get("last_contact"), clock.getZone());
                if (opened != null) {
                    created = opened.atTime(12, 0).atZone(clock.getZone()).toInstant();
                }
            }
            default -> {
                name = row.get("name");
                if (!row.get("deal").isEmpty()) {
                    Stage stage = row.get("stage").isEmpty() ? Stage.LEAD : Stage.fromCode(row.get("stage"));
                    if (!stage.isOpen()) {
                        throw new IllegalArgumentException("stage '" + stage.code() + "': an imported deal is open;"
                                + " use lead, qualified, meeting, proposal or negotiation");
                    }
                    LocalDate opened = Dates.date(row.get("opened"));
                    deal = new Deal(0, 0, row.get("deal"), money(row.get("value"), row.get("currency")), stage,
                            opened == null ? today : opened, null, row.get("whose_move").isEmpty() ? WhoseMove.OURS
                            : WhoseMove.fromCode(row.get("whose_move")), Dates.date(row.get("agreed_checkin")), 0, "",
                            yes(row.get("decision_maker_known")), "");
                }
            }
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a name is required");
        }
        String email = row.get("email");
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("'" + email + "' is not an email address");
        }
        return new ProspectRow(row.line(), new Prospect(0, name, company, row.get("role"), email, row.get("phone"),
                notes, created, false), deal, lastContact);
    }

    private static Stage pipedriveStage(String stage, String status) {
        String s = status.toLowerCase(Locale.ROOT);
        if (s.equals("won")) {
            return Stage.WON;
        }
        if (s.equals("lost")) {
            return Stage.LOST;
        }
        String n = stage.toLowerCase(Locale.ROOT);
        if (n.contains("negotiat")) {
            return Stage.NEGOTIATION;
        }
        if (n.contains("proposal")) {
            return Stage.PROPOSAL;
        }
        if (n.contains("demo") || n.contains("meeting")) {
            return Stage.MEETING;
        }
        if (n.contains("contact") || n.contains("qualified")) {
            return Stage.QUALIFIED;
        }
        return Stage.LEAD;
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    private static Money money(String amount, String currency) {
        String code = currency.isBlank() ? "EUR" : currency.strip().toUpperCase(Locale.ROOT);
        String number = amount.replace(" ", "").replace("\u00a0", "");
        if (number.indexOf(',') >= 0 && number.indexOf('.') < 0) {
            number = number.replace(',', '.');
        } else if (number.indexOf(',') >= 0) {
            number = number.replace(",", "");
        }
        try {
            return Money.parse(number.isBlank() ? "0" : number, code);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("value '" + amount + "' is not a number");
        }
    }

    private static boolean yes(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("no") || t.equals("false") || t.equals("0")) {
            return false;
        }
        if (t.equals("yes") || t.equals("true") || t.equals("1")) {
            return true;
        }
        throw new IllegalArgumentException("decision_maker_known '" + text + "': use yes or no");
    }

    private Report interactions(List<Row> rows, Kind kind, Options options, List<String> problems, Set<String> ignored,
                                Map<String, String> mapping) {
        List<Interaction> valid = new ArrayList<>();
        for (Row row : rows) {
            try {
                Prospect who = prospects.findByEmail(required(row.get("email"), "an email"))
                        .orElseThrow(() -> new IllegalArgumentException("no prospect has the email '" + row.get("email")
                                + "'; import the prospects first"));
                Long dealId = null;
                if (!row.get("deal").isEmpty()) {
                    dealId = deals.forProspect(who.id()).stream().filter(d -> d.title().equalsIgnoreCase(row.get("deal")))
                            .map(Deal::id).findFirst().orElseThrow(() -> new IllegalArgumentException("no deal '"
                                    + row.get("deal") + "' for " + row.get("email")));
                }
                Instant at = Dates.instant(required(row.get("occurred_at"), "occurred_at"), clock.getZone());
                valid.add(Interaction.log(who.id(), dealId, InteractionKind.fromCode(required(row.get("kind"), "kind")),
                        Direction.fromCode(required(row.get("direction"), "direction")), at, row.get("summary"),
                        row.get("outcome").isEmpty() ? null : Outcome.fromCode(row.get("outcome"))));
            } catch (IllegalArgumentException e) {
                problems.add("line " + row.line() + ": " + e.getMessage());
            }
        }
        if ((!problems.isEmpty() && !options.validOnly()) || options.dryRun()) {
            return new Report(kind, rows.size(), valid.size(), 0, 0, problems, ignored, mapping, false);
        }
        db.write(c -> {
            for (Interaction i : valid) {
                interactions.log(i);
            }
            return null;
        });
        return new Report(kind, rows.size(), valid.size(), 0, 0, problems, ignored, mapping, true);
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
