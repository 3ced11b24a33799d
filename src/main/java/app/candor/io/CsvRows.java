package app.candor.io;

import app.candor.domain.Bounds;
import app.candor.domain.Deal;
import app.candor.domain.Money;
import app.candor.domain.Prospect;
import app.candor.domain.Refused;
import app.candor.domain.Stage;
import app.candor.domain.WhoseMove;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The rows of an imported CSV file, read cell by cell: every value checked, nothing coerced, nothing dropped. */
final class CsvRows {

    private CsvRows() {
    }

    /** One data row with its line number and values by canonical field. */
    record Row(long line, String[] values, Map<String, Integer> columns) {
        String get(String field) {
            Integer index = columns.get(field);
            return index == null || index >= values.length || values[index] == null ? "" : cell(values[index]);
        }

        boolean has(String field) {
            return !get(field).isEmpty();
        }
    }

    /** A cell as written, less the apostrophe Candor's own CSV export puts before a leading = + - or @. */
    static String cell(String raw) {
        String v = raw.strip();
        return v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    /**
     * The deal cells of a row that were given, each null when its cell was empty: an update changes only what
     * a cell says, never to a default.
     */
    record DealCells(String title, Stage stage, Money value, String currency, WhoseMove whoseMove,
                     LocalDate agreedCheckIn, Boolean decisionMakerKnown, LocalDate opened, LocalDate closed,
                     String lostReason) {

        /** A new deal from the cells given, with the documented defaults for the rest. */
        Deal toDeal(long prospectId, LocalDate today, LocalDate lastContact) {
            Stage s = stage == null ? Stage.LEAD : stage;
            LocalDate openedOn = opened == null ? today : opened;
            LocalDate closedOn = s.isOpen() ? null : closed != null ? closed
                    : lastContact != null && !lastContact.isBefore(openedOn) ? lastContact : openedOn;
            return new Deal(0, prospectId, title, value == null ? new Money(0, currency == null ? "EUR" : currency)
                    : value, s, openedOn, closedOn, whoseMove == null ? WhoseMove.OURS : whoseMove,
                    s.isOpen() ? agreedCheckIn : null, 0, "", decisionMakerKnown != null && decisionMakerKnown,
                    lostReason == null ? "" : lostReason);
        }
    }

    /** A validated prospect row, ready to write; {@code name}/{@code notes} are null when the file did not say. */
    record ProspectRow(long line, Prospect prospect, boolean nameGiven, boolean notesGiven, DealCells deal,
                       Instant lastContact, List<String> otherEmails) {
    }


    /** A prospect row checked cell by cell; an {@link IllegalArgumentException} says what is wrong. */
    static ProspectRow prospectRow(Row row, CsvImport.Kind kind, Clock clock) {
        Instant now = clock.instant();
        String name;
        boolean nameGiven = true;
        String notes = row.get("notes");
        boolean notesGiven = row.has("notes");
        String company = row.get("company");
        Instant created = now;
        DealCells deal = null;
        Instant lastContact = null;
        switch (kind) {
            case HUBSPOT_CONTACTS -> {
                name = (row.get("first") + " " + row.get("last")).strip();
                if (name.isEmpty()) {
                    name = row.get("email");
                    nameGiven = false;
                }
                if (!row.get("lifecycle").isEmpty()) {
                    // Kept for a new prospect; never written over notes someone already has.
                    notes = "HubSpot lifecycle stage: " + row.get("lifecycle");
                    notesGiven = false;
                }
                Instant c = Dates.instant(row.get("created"), clock.getZone());
                created = c == null ? now : c;
                lastContact = Dates.instant(row.get("last_contact"), clock.getZone());
            }
            case PIPEDRIVE_DEALS -> {
                name = row.get("name").isEmpty() ? company : row.get("name");
                nameGiven = row.has("name");
                Stage stage = pipedriveStage(row.get("stage"), row.get("status"));
                LocalDate opened = Dates.date(row.get("opened"));
                lastContact = Dates.instant(row.get("last_contact"), clock.getZone());
                deal = new DealCells(required(row.get("deal"), "a deal title"), stage, money(row),
                        currency(row.get("currency")), null, null, null, opened, Dates.date(row.get("closed")),
                        row.has("lost_reason") ? row.get("lost_reason") : null);
                if (opened != null) {
                    created = opened.atTime(12, 0).atZone(clock.getZone()).toInstant();
                }
            }
            default -> {
                name = row.get("name");
                deal = candorDeal(row, company, name);
            }
        }
        if (name == null || name.isBlank()) {
            throw Refused.because("refused.csv.name");
        }
        String email = row.get("email");
        if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw Refused.because("refused.csv.email", email);
        }
        List<String> others = new java.util.ArrayList<>();
        for (String part : row.get("other_emails").split("[;,\\s]+")) {
            String a = part.strip().toLowerCase(java.util.Locale.ROOT);
            if (a.isEmpty() || a.equalsIgnoreCase(email)) {
                continue;
            }
            if (!a.matches("[^@\\s]+@[^@\\s]+")) {
                throw Refused.because("refused.csv.email", part.strip());
            }
            if (!others.contains(a)) {
                others.add(a);
            }
        }
        return new ProspectRow(row.line(), new Prospect(0, name, company, row.get("role"), email, row.get("phone"),
                notes, created, false), nameGiven, notesGiven, deal, lastContact, List.copyOf(others));
    }

    /**
     * The deal cells of Candor's prospects file, every one checked. Without a {@code deal} title but with other
     * deal cells, the deal is named after the company (else the person): nothing a file says is dropped.
     */
    private static DealCells candorDeal(Row row, String company, String name) {
        List<String> dealFields = List.of("deal", "stage", "value", "currency", "whose_move", "agreed_checkin",
                "decision_maker_known", "opened", "closed", "lost_reason");
        if (dealFields.stream().noneMatch(row::has)) {
            return null;
        }
        Stage stage = row.has("stage") ? stage(row.get("stage")) : null;
        String title = row.has("deal") ? row.get("deal") : !company.isEmpty() ? company : name;
        LocalDate checkIn = Bounds.date(Dates.date(row.get("agreed_checkin")), "agreed_checkin");
        if (stage != null && !stage.isOpen() && checkIn != null) {
            throw Refused.because("refused.csv.closedCheckIn", checkIn.toString(), stage.code());
        }
        if (row.has("lost_reason") && stage != null && stage != Stage.LOST) {
            throw Refused.because("refused.csv.lostReason", stage.code());
        }
        return new DealCells(title, stage, money(row), currency(row.get("currency")),
                row.has("whose_move") ? whoseMove(row.get("whose_move")) : null, checkIn,
                row.has("decision_maker_known") ? yes(row.get("decision_maker_known")) : null,
                Bounds.date(Dates.date(row.get("opened")), "opened"), Bounds.date(Dates.date(row.get("closed")), "closed"),
                row.has("lost_reason") ? row.get("lost_reason") : null);
    }

    private static Stage stage(String code) {
        try {
            return Stage.fromCode(code.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refused.because("refused.csv.stage", code);
        }
    }

    private static WhoseMove whoseMove(String code) {
        try {
            return WhoseMove.fromCode(code.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refused.because("refused.csv.move", code);
        }
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

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw Refused.because("refused.csv.required", what);
        }
        return value;
    }

    /** The currency cell as an ISO 4217 code, or null when empty. */
    private static String currency(String cell) {
        if (cell.isBlank()) {
            return null;
        }
        String code = cell.strip().toUpperCase(Locale.ROOT);
        try {
            java.util.Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw Refused.because("refused.csv.currency", cell);
        }
        return code;
    }

    /** The value cell in its currency (EUR when none is given), or null when the value cell is empty. */
    private static Money money(Row row) {
        String amount = row.get("value");
        if (amount.isBlank()) {
            return null;
        }
        String code = Optional.ofNullable(currency(row.get("currency"))).orElse("EUR");
        String number = amount.replace(" ", "").replace("\u00a0", "");
        if (number.indexOf(',') >= 0 && number.indexOf('.') < 0) {
            number = number.replace(',', '.');
        } else if (number.indexOf(',') >= 0) {
            number = number.replace(",", "");
        }
        try {
            return Bounds.money(Money.parse(number, code), "value '" + amount + "'");
        } catch (NumberFormatException | ArithmeticException e) {
            throw Refused.because("refused.csv.value", amount, code);
        }
    }

    private static boolean yes(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("no") || t.equals("false") || t.equals("0")) {
            return false;
        }
        if (t.equals("yes") || t.equals("true") || t.equals("1")) {
            return true;
        }
        throw Refused.because("refused.csv.yesOrNo", text);
    }
}
