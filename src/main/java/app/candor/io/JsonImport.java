package app.candor.io;

import app.candor.domain.AlertEvent;
import app.candor.domain.Bounds;
import app.candor.domain.Channel;
import app.candor.domain.CheckInChange;
import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Outcome;
import app.candor.domain.Prospect;
import app.candor.domain.Refused;
import app.candor.domain.Script;
import app.candor.domain.Snooze;
import app.candor.domain.Stage;
import app.candor.domain.StageChange;
import app.candor.domain.WhoseMove;
import app.candor.store.FullData;
import app.candor.text.Catalogue;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Restores a full export into an empty database, record by record as it is read, in one transaction: a bad
 * record stops the import with its position and nothing is written.
 */
public final class JsonImport {

    /** What was restored. */
    public record Counts(int prospects, int deals, int interactions) {
    }

    private final ObjectMapper mapper = new ObjectMapper();

    public Counts restore(Reader in, FullData data, String sourceName) {
        int[] counts = new int[3];
        data.restore(writer -> {
            try (JsonParser p = new JsonFactory().createParser(in)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw problem(p, sourceName, "$", Catalogue.personal().text("refused.json.notObject"));
                }
                boolean formatSeen = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "format" -> {
                            if (!JsonExport.FORMAT.equals(p.getText())) {
                                throw problem(p, sourceName, "$.format", Catalogue.personal().text("refused.json.notExport"));
                            }
                            formatSeen = true;
                        }
                        case "version" -> {
                            if (p.getIntValue() > JsonExport.VERSION) {
                                throw problem(p, sourceName, "$.version", Catalogue.personal().text("refused.json.newer",
                                        p.getIntValue()));
                            }
                        }
                        case "exportedAt" -> p.skipChildren();
                        case "settings" -> {
                            JsonNode settings = mapper.readTree(p);
                            var fields = settings.fields();
                            while (fields.hasNext()) {
                                var e = fields.next();
                                writer.setting(e.getKey(), e.getValue().asText());
                            }
                        }
                        default -> {
                            if (!JsonExport.SECTIONS.contains(field) || p.currentToken() != JsonToken.START_ARRAY) {
                                throw problem(p, sourceName, "$." + field, Catalogue.personal().text("refused.json.notList"));
                            }
                            int index = 0;
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                String path = "$." + field + "[" + index++ + "]";
                                int line = p.currentTokenLocation().getLineNr();
                                JsonNode n = mapper.readTree(p);
                                try {
                                    record(field, n, writer, counts);
                                } catch (IllegalArgumentException | NullPointerException
                                         | java.time.DateTimeException e) {
                                    throw Refused.because("refused.json.at", sourceName, line, path,
                                            e.getMessage() == null ? Catalogue.personal().text("refused.json.malformed")
                                            : e.getMessage());
                                }
                            }
                        }
                    }
                }
                if (!formatSeen) {
                    throw Refused.because("refused.json.noFormat", sourceName);
                }
            } catch (JsonProcessingException e) {
                throw e.getLocation() == null
                        ? Refused.because("refused.json.invalid", sourceName, e.getOriginalMessage())
                        : Refused.because("refused.json.invalidAt", sourceName, e.getLocation().getLineNr(),
                        e.getLocation().getColumnNr(), e.getOriginalMessage());
            } catch (java.nio.charset.CharacterCodingException e) {
                throw Refused.because("refused.json.encoding", sourceName);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Counts(counts[0], counts[1], counts[2]);
    }

    private static void record(String section, JsonNode n, FullData.Restore writer, int[] counts) {
        switch (section) {
            case "prospects" -> {
                writer.prospect(new Prospect(whole(n, "id"), required(n, "name"), text(n, "company"),
                        text(n, "role"), text(n, "email"), text(n, "phone"), text(n, "notes"),
                        instant(n, "createdAt"), flag(n, "archived")));
                counts[0]++;
            }
            case "deals" -> {
                writer.deal(new Deal(whole(n, "id"), whole(n, "prospectId"), required(n, "title"),
                        money(n),
                        Stage.fromCode(required(n, "stage")), date(n, "openedOn"), date(n, "closedOn"),
                        WhoseMove.fromCode(required(n, "whoseMove")), date(n, "agreedCheckIn"),
                        (int) Math.min(Integer.MAX_VALUE, n.hasNonNull("checkInSlips") ? whole(n, "checkInSlips") : 0), text(n, "nextStep"), flag(n, "decisionMakerKnown"),
                        text(n, "outcomeReason")));
                counts[1]++;
            }
            case "interactions" -> {
                writer.interaction(new Interaction(whole(n, "id"), whole(n, "prospectId"),
                        n.hasNonNull("dealId") ? whole(n, "dealId") : null,
                        InteractionKind.fromCode(required(n, "kind")), Direction.fromCode(required(n, "direction")),
                        instant(n, "occurredAt"), text(n, "summary"),
                        n.hasNonNull("outcome") ? Outcome.fromCode(required(n, "outcome")) : null,
                        n.hasNonNull("scriptId") ? required(n, "scriptId") : null));
                counts[2]++;
            }
            case "checkIns" -> writer.checkIn(new CheckInChange(whole(n, "dealId"), date(n, "previous"),
                    date(n, "agreed"), instant(n, "changedAt")));
            case "snoozes" -> writer.snooze(new Snooze(whole(n, "prospectId"),
                    n.hasNonNull("dealId") ? whole(n, "dealId") : null, date(n, "until"), required(n, "reason"),
                    instant(n, "createdAt")));
            case "scripts" -> writer.script(new Script(required(n, "id"), required(n, "title"), text(n, "principle"),
                    text(n, "source"), Channel.fromCode(required(n, "channel")), text(n, "emailSubject"),
                    text(n, "emailBody"), text(n, "phoneText"), false));
            case "stageChanges" -> writer.stageChange(new StageChange(whole(n, "dealId"),
                    Stage.fromCode(required(n, "previous")), Stage.fromCode(required(n, "stage")),
                    instant(n, "changedAt")));
            case "alertEvents" -> writer.alertEvent(new AlertEvent(whole(n, "prospectId"),
                    n.hasNonNull("dealId") ? whole(n, "dealId") : null, date(n, "raisedOn"),
                    date(n, "closedOn"), date(n, "answeredOn")));
            case "prospectAddresses" -> writer.prospectAddress(whole(n, "prospectId"), required(n, "address"));
            default -> throw Refused.because("refused.json.section", section);
        }
    }

    /** Text exactly as written: a string, never a number or object turned into one, with no broken character. */
    private static String text(JsonNode n, String field) {
        if (!n.hasNonNull(field)) {
            return "";
        }
        JsonNode v = n.get(field);
        if (!v.isTextual()) {
            throw Refused.because("refused.json.text", field, String.valueOf(v));
        }
        String t = v.textValue();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(ch)) {
                throw Refused.because("refused.json.surrogate", field, i);
            }
        }
        return t;
    }

    private static String required(JsonNode n, String field) {
        if (!n.hasNonNull(field)) {
            throw Refused.because("refused.json.missing", field);
        }
        return text(n, field);
    }

    /** A whole number that fits a long exactly: 12.99, "12", 1e3 and numbers past 2^63 are refused. */
    private static long whole(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw Refused.because("refused.json.missing", field);
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw Refused.because("refused.json.number", field, String.valueOf(v));
        }
        return v.longValue();
    }

    private static boolean flag(JsonNode n, String field) {
        if (!n.hasNonNull(field)) {
            return false;
        }
        if (!n.get(field).isBoolean()) {
            throw Refused.because("refused.json.boolean", field, String.valueOf(n.get(field)));
        }
        return n.get(field).booleanValue();
    }

    private static Money money(JsonNode n) {
        return Bounds.money(new Money(whole(n, "valueMinor"), required(n, "currency")), "valueMinor");
    }

    private static Instant instant(JsonNode n, String field) {
        Instant at = Instant.parse(required(n, field));
        Bounds.date(LocalDate.ofInstant(at, java.time.ZoneOffset.UTC), field);
        return at;
    }

    private static LocalDate date(JsonNode n, String field) {
        return n.hasNonNull(field) ? Bounds.date(LocalDate.parse(text(n, field)), field) : null;
    }

    private static IllegalArgumentException problem(JsonParser p, String source, String path, String message) {
        return Refused.because("refused.json.at", source, p.currentTokenLocation().getLineNr(), path, message);
    }
}
