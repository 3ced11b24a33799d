package app.candor.io;

import app.candor.domain.AlertEvent;
import app.candor.domain.CheckInChange;
import app.candor.domain.Deal;
import app.candor.domain.Interaction;
import app.candor.domain.Prospect;
import app.candor.domain.Script;
import app.candor.domain.Snooze;
import app.candor.domain.StageChange;
import app.candor.store.ExportSink;
import app.candor.store.FullData;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The full export: every record in a versioned JSON document (docs/IMPORT.md), streamed as it is read, so memory
 * does not grow with the database.
 */
public final class JsonExport {

    public static final String FORMAT = "candor-export";
    public static final int VERSION = 3;
    static final List<String> SECTIONS = List.of("settings", "prospects", "deals", "interactions", "checkIns",
            "snoozes", "scripts", "stageChanges", "alertEvents", "prospectAddresses");

    private JsonExport() {
    }

    public static void write(FullData data, Writer out, Clock clock) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("version", VERSION);
        g.writeStringField("exportedAt", clock.instant().toString());
        Sections sections = new Sections(g);
        data.export(sections);
        sections.finish();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    /** Opens each section when its first record comes, and writes empty ones so every export has all of them. */
    private static final class Sections implements ExportSink {
        private final JsonGenerator g;
        private int open = -1;

        Sections(JsonGenerator g) {
            this.g = g;
        }

        private void enter(String section) throws IOException {
            int index = SECTIONS.indexOf(section);
            while (open < index) {
                close();
                open++;
                g.writeFieldName(SECTIONS.get(open));
                if (open == 0) {
                    g.writeStartObject();
                } else {
                    g.writeStartArray();
                }
            }
        }

        private void close() throws IOException {
            if (open == 0) {
                g.writeEndObject();
            } else if (open > 0) {
                g.writeEndArray();
            }
        }

        void finish() throws IOException {
            enter(SECTIONS.get(SECTIONS.size() - 1));
            close();
        }

        @Override
        public void setting(String key, String value) throws IOException {
            enter("settings");
            g.writeStringField(key, value);
        }

        @Override
        public void prospect(Prospect p) throws IOException {
            enter("prospects");
            g.writeStartObject();
            g.writeNumberField("id", p.id());
            g.writeStringField("name", p.name());
            g.writeStringField("company", p.company());
            g.writeStringField("role", p.role());
            g.writeStringField("email", p.email());
            g.writeStringField("phone", p.phone());
            g.writeStringField("notes", p.notes());
            instant("createdAt", p.createdAt());
            g.writeBooleanField("archived", p.archived());
            g.writeEndObject();
        }

        @Override
        public void prospectAddress(long prospectId, String address) throws IOException {
            enter("prospectAddresses");
            g.writeStartObject();
            g.writeNumberField("prospectId", prospectId);
            g.writeStringField("address", address);
            g.writeEndObject();
        }

        @Override
        public void deal(Deal d) throws IOException {
            enter("deals");
            g.writeStartObject();
            g.writeNumberField("id", d.id());
            g.writeNumberField("prospectId", d.prospectId());
            g.writeStringField("title", d.title());
            g.writeNumberField("valueMinor", d.value().minorUnits());
            g.writeStringField("currency", d.value().currency());
            g.writeStringField("stage", d.stage().code());
            date("openedOn", d.openedOn());
            date("closedOn", d.closedOn());
            g.writeStringField("whoseMove", d.whoseMove().code());
            date("agreedCheckIn", d.agreedCheckIn());
            g.writeNumberField("checkInSlips", d.checkInSlips());
            g.writeStringField("nextStep", d.nextStep());
            g.writeBooleanField("decisionMakerKnown", d.decisionMakerKnown());
            g.writeStringField("outcomeReason", d.outcomeReason());
            g.writeEndObject();
        }

        @Override
        public void interaction(Interaction i) throws IOException {
            enter("interactions");
            g.writeStartObject();
            g.writeNumberField("id", i.id());
            g.writeNumberField("prospectId", i.prospectId());
            number("dealId", i.dealId());
            g.writeStringField("kind", i.kind().code());
            g.writeStringField("direction", i.direction().code());
            instant("occurredAt", i.occurredAt());
            g.writeStringField("summary", i.summary());
            g.writeStringField("outcome", i.outcome() == null ? null : i.outcome().code());
            g.writeStringField("scriptId", i.scriptId());
            g.writeEndObject();
        }

        @Override
        public void checkIn(CheckInChange change) throws IOException {
            enter("checkIns");
            g.writeStartObject();
            g.writeNumberField("dealId", change.dealId());
            date("previous", change.previous());
            date("agreed", change.agreed());
            instant("changedAt", change.changedAt());
            g.writeEndObject();
        }

        @Override
        public void snooze(Snooze s) throws IOException {
            enter("snoozes");
            g.writeStartObject();
            g.writeNumberField("prospectId", s.prospectId());
            number("dealId", s.dealId());
            date("until", s.until());
            g.writeStringField("reason", s.reason());
            instant("createdAt", s.createdAt());
            g.writeEndObject();
        }

        @Override
        public void script(Script s) throws IOException {
            enter("scripts");
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
            g.writeStringField("principle", s.principle());
            g.writeStringField("source", s.source());
            g.writeStringField("channel", s.channel().code());
            g.writeStringField("emailSubject", s.emailSubject());
            g.writeStringField("emailBody", s.emailBody());
            g.writeStringField("phoneText", s.phoneBody());
            g.writeEndObject();
        }

        @Override
        public void stageChange(StageChange change) throws IOException {
            enter("stageChanges");
            g.writeStartObject();
            g.writeNumberField("dealId", change.dealId());
            g.writeStringField("previous", change.previous().code());
            g.writeStringField("stage", change.stage().code());
            instant("changedAt", change.changedAt());
            g.writeEndObject();
        }

        @Override
        public void alertEvent(AlertEvent event) throws IOException {
            enter("alertEvents");
            g.writeStartObject();
            g.writeNumberField("prospectId", event.prospectId());
            number("dealId", event.dealId());
            date("raisedOn", event.raisedOn());
            date("closedOn", event.closedOn());
            date("answeredOn", event.answeredOn());
            g.writeEndObject();
        }

        private void number(String name, Long value) throws IOException {
            if (value == null) {
                g.writeNullField(name);
            } else {
                g.writeNumberField(name, value);
            }
        }

        private void date(String name, LocalDate value) throws IOException {
            g.writeStringField(name, value == null ? null : value.toString());
        }

        private void instant(String name, Instant value) throws IOException {
            g.writeStringField(name, value == null ? null : value.toString());
        }
    }
}
