package app.candor.io;

import app.candor.domain.AlertEvent;
import app.candor.domain.Channel;
import app.candor.domain.CheckInChange;
import app.candor.domain.Deal;
import app.candor.domain.Direction;
import app.candor.domain.Interaction;
import app.candor.domain.InteractionKind;
import app.candor.domain.Money;
import app.candor.domain.Outcome;
import app.candor.domain.Prospect;
import app.candor.domain.Script;
import app.candor.domain.Snooze;
import app.candor.domain.Stage;
import app.candor.domain.StageChange;
import app.candor.domain.WhoseMove;
import app.candor.store.FullData;
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
                    throw problem(p, sourceName, "$", "expected a Candor export (a JSON object)");
                }
                boolean formatSeen = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "format" -> {
                            if (!JsonExport.FORMAT.equals(p.getText())) {
                                throw problem(p, sourceName, "$.format", "not a Candor export");
                            }
                            formatSeen = true;
                        }
                        case "version" -> {
                            if (p.getIntValue() > JsonExport.VERSION) {
                                throw problem(p, sourceName, "$.version", "written by a newer Candor (format version "
                                        + p.getIntValue() + "); use that version to import it");
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
                                throw problem(p, sourceName, "$." + field, "unknown section or not a list");
                            }
                            int index = 0;
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                String path = "$." + field + "[" + index++ + "]";
                                int line = p.currentTokenLocation().getLineNr();
                                JsonNode n = mapper.readTree(p);
                                try {
                                    record(field, n, writer, counts);
                                } catch (IllegalArgumentException | NullPointerException
                                         | java.time.format.DateTimeParseException e) {
                                    throw new IllegalArgumentException(sourceName + " line " + line + ", " + path + ": "
                                            + (e.getMessage() == null ? "missing or malformed value" : e.getMessage())
                                            + ". Nothing was imported.");
                                }
                            }
                        }
                    }
                }
                if (!formatSeen) {
                    throw new IllegalArgumentException(sourceName + " is not a Candor export (no \"format\" field)."
                            + " Nothing was imported.");
                }
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(sourceName + " line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ": not valid JSON (" + e.getOriginalMessage()
                        + "). Nothing was imported.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Counts(counts[0], counts[1], counts[2]);
    }

    private static void record(String section, JsonNode n, FullData.Restore writer, int[] counts) {
        switch (section) {
            case "prospects" -> {
                writer.prospect(new Prospect(n.get("id").asLong(), n.get("name").asText(), text(n, "company"),
                        text(n, "role"), text(n, "email"), text(n, "phone"), text(n, "notes"),
                        Instant.parse(n.get("createdAt").asText()), n.path("archived").asBoolean(false)));
                counts[0]++;
            }
            case "deals" -> {
                writer.deal(new Deal(n.get("id").asLong(), n.get("prospectId").asLong(), n.get("title").asText(),
                        new Money(n.get("valueMinor").asLong(), n.get("currency").asText()),
                        Stage.fromCode(n.get("stage").asText()), date(n, "openedOn"), date(n, "closedOn"),
                        WhoseMove.fromCode(n.get("whoseMove").asText()), date(n, "agreedCheckIn"),
                        n.path("checkInSlips").asInt(0), text(n, "nextStep"), n.path("decisionMakerKnown").asBoolean(false),
                        text(n, "outcomeReason")));
                counts[1]++;
            }
            case "interactions" -> {
                writer.interaction(new Interaction(n.get("id").asLong(), n.get("prospectId").asLong(),
                        n.hasNonNull("dealId") ? n.get("dealId").asLong() : null,
                        InteractionKind.fromCode(n.get("kind").asText()), Direction.fromCode(n.get("direction").asText()),
                        Instant.parse(n.get("occurredAt").asText()), text(n, "summary"),
                        n.hasNonNull("outcome") ? Outcome.fromCode(n.get("outcome").asText()) : null,
                        n.hasNonNull("scriptId") ? n.get("scriptId").asText() : null));
                counts[2]++;
            }
            case "checkIns" -> writer.checkIn(new CheckInChange(n.get("dealId").asLong(), date(n, "previous"),
                    date(n, "agreed"), Instant.parse(n.get("changedAt").asText())));
            case "snoozes" -> writer.snooze(new Snooze(n.get("prospectId").asLong(),
                    n.hasNonNull("dealId") ? n.get("dealId").asLong() : null, date(n, "until"), n.get("reason").asText(),
                    Instant.parse(n.get("createdAt").asText())));
            case "scripts" -> writer.script(new Script(n.get("id").asText(), n.get("title").asText(), text(n, "principle"),
                    text(n, "source"), Channel.fromCode(n.get("channel").asText()), text(n, "emailSubject"),
                    text(n, "emailBody"), text(n, "phoneText"), false));
            case "stageChanges" -> writer.stageChange(new StageChange(n.get("dealId").asLong(),
                    Stage.fromCode(n.get("previous").asText()), Stage.fromCode(n.get("stage").asText()),
                    Instant.parse(n.get("changedAt").asText())));
            case "alertEvents" -> writer.alertEvent(new AlertEvent(n.get("prospectId").asLong(),
                    n.hasNonNull("dealId") ? n.get("dealId").asLong() : null, date(n, "raisedOn"),
                    date(n, "closedOn"), date(n, "answeredOn")));
            default -> throw new IllegalArgumentException("unknown section " + section);
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : "";
    }

    private static LocalDate date(JsonNode n, String field) {
        return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
    }

    private static IllegalArgumentException problem(JsonParser p, String source, String path, String message) {
        return new IllegalArgumentException(source + " line " + p.currentTokenLocation().getLineNr() + ", " + path + ": "
                + message + ". Nothing was imported.");
    }
}
