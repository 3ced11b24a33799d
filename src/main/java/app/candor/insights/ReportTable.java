package app.candor.insights;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of a report: a title, column names, rows of cells as shown, and notes that say how to read it.
 * {@code forCsv} marks the table a report's CSV export holds.
 */
public record ReportTable(String title, List<String> columns, List<List<String>> rows, List<String> notes,
                          boolean forCsv) {

    public ReportTable {
        columns = List.copyOf(columns);
        List<List<String>> copy = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("A row of \"" + title + "\" has " + row.size() + " cells for "
                        + columns.size() + " columns.");
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
        notes = List.copyOf(notes);
    }

    /** The table as aligned plain text, with its title above and its notes below. */
    public String text() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], Math.min(60, row.get(i).length()));
            }
        }
        StringBuilder out = new StringBuilder(title).append('\n');
        line(out, columns, widths);
        if (rows.isEmpty()) {
            out.append("  (none in this range)\n");
        }
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        for (String note : notes) {
            out.append("  ").append(note).append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(" ");
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i).replaceAll("\\s+", " ");
            if (cell.length() > widths[i]) {
                cell = cell.substring(0, widths[i] - 1) + "…";
            }
            line.append(' ').append(cell).append(" ".repeat(widths[i] - cell.length())).append(' ');
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** The table as CSV with a header row (RFC 4180 quoting), every cell spreadsheet-safe. */
    public void writeCsv(Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false);
        CsvMapper mapper = new CsvMapper();
        mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (SequenceWriter w = mapper.writerFor(List.class).with(schema.build()).writeValues(out)) {
            w.write(columns.stream().map(app.candor.domain.Text::spreadsheetSafe).toList());
            for (List<String> row : rows) {
                w.write(row.stream().map(app.candor.domain.Text::spreadsheetSafe).toList());
            }
        }
    }
}
