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
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prospects and interactions as CSV in Candor's own import format (docs/IMPORT.md). A prospect's row carries its
 * most recently opened open deal; the JSON export is the complete one.
 */
public final class CsvExport {

    public static final List<String> PROSPECT_COLUMNS = List.of("name", "email", "company", "role", "phone", "notes",
            "stage", "deal", "value", "currency", "whose_move", "agreed_checkin", "decision_maker_known", "opened",
            "other_emails");
    public static final List<String> INTERACTION_COLUMNS = List.of("email", "occurred_at", "kind", "direction",
            "outcome", "summary", "deal");

    private CsvExport() {
    }

    public static void prospects(FullData data, Writer out) throws IOException {
        Map<Long, Prospect> people = new java.util.LinkedHashMap<>();
        Map<Long, Deal> openDeal = new HashMap<>();
        Map<Long, List<String>> others = new HashMap<>();
        data.export(new Collector() {
            @Override
            public void prospect(Prospect p) {
                people.put(p.id(), p);
            }

            @Override
            public void prospectAddress(long prospectId, String address) {
                others.computeIfAbsent(prospectId, k -> new java.util.ArrayList<>()).add(address);
            }

            @Override
            public void deal(Deal d) {
                keepNewestOpen(openDeal, d);
            }
        });
        try (SequenceWriter rows = writer(out, PROSPECT_COLUMNS)) {
            for (Prospect p : people.values()) {
                Deal d = openDeal.get(p.id());
                rows.write(safe(p.name(), p.email(), p.company(), p.role(), p.phone(), p.notes(),
                        d == null ? "" : d.stage().code(), d == null ? "" : d.title(),
                        d == null ? "" : d.value().amount().toPlainString(), d == null ? "" : d.value().currency(),
                        d == null ? "" : d.whoseMove().code(), d == null || d.agreedCheckIn() == null ? ""
                                : d.agreedCheckIn().toString(), d == null ? "" : d.decisionMakerKnown() ? "yes" : "no",
                        d == null ? "" : d.openedOn().toString(), String.join("; ", others.getOrDefault(p.id(), List.of()))));
            }
        }
    }

    /** Interactions in time order of logging, streamed; emails and deal titles are looked up as they come. */
    public static void interactions(FullData data, Writer out) throws IOException {
        Map<Long, String> emails = new HashMap<>();
        Map<Long, Deal> exportedDeal = new HashMap<>();
        try (SequenceWriter rows = writer(out, INTERACTION_COLUMNS)) {
            data.export(new Collector() {
                @Override
                public void prospect(Prospect p) {
                    emails.put(p.id(), p.email());
                }

                @Override
                public void deal(Deal d) {
                    keepNewestOpen(exportedDeal, d);
                }

                @Override
                public void interaction(Interaction i) throws IOException {
                    // Only the deal the prospects CSV carries can be named, so the two files import together.
                    Deal carried = exportedDeal.get(i.prospectId());
                    String deal = carried != null && i.dealId() != null && carried.id() == i.dealId() ? carried.title() : "";
                    rows.write(safe(emails.getOrDefault(i.prospectId(), ""), i.occurredAt().toString(),
                            i.kind().code(), i.direction().code(), i.outcome() == null ? "" : i.outcome().code(),
                            i.summary(), deal));
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A row with every cell spreadsheet-safe ({@link app.candor.domain.Text#spreadsheetSafe}). */
    private static List<String> safe(String... cells) {
        return java.util.Arrays.stream(cells).map(app.candor.domain.Text::spreadsheetSafe).toList();
    }

    /** The deal a prospect's CSV row carries: its most recently opened open deal. */
    private static void keepNewestOpen(Map<Long, Deal> chosen, Deal d) {
        Deal current = chosen.get(d.prospectId());
        if (d.isOpen() && (current == null || !d.openedOn().isBefore(current.openedOn()))) {
            chosen.put(d.prospectId(), d);
        }
    }

    private static SequenceWriter writer(Writer out, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        return new CsvMapper().writerFor(List.class).with(schema.build()).writeValues(out);
    }

    /** Ignores what a CSV export does not need. */
    private abstract static class Collector implements ExportSink {
        @Override
        public void setting(String key, String value) {
        }

        @Override
        public void prospect(Prospect prospect) {
        }

        @Override
        public void deal(Deal deal) {
        }

        @Override
        public void interaction(Interaction interaction) throws IOException {
        }

        @Override
        public void checkIn(CheckInChange change) {
        }

        @Override
        public void snooze(Snooze snooze) {
        }

        @Override
        public void script(Script script) {
        }

        @Override
        public void stageChange(StageChange change) {
        }

        @Override
        public void alertEvent(AlertEvent event) {
        }
    }
}
