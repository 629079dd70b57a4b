package io.jointclear.immex.internal;

import io.jointclear.shared.ProblemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A catalogue or ledger CSV as an ERP hands it over (Annex 24 apartado C): a header naming the
 * columns, then one record per line; fields may be quoted ("…", "" for a quote). A file that is not
 * such a table — no header, a required column missing, a quote left open, a line with another
 * number of fields, too many lines — is refused whole (400, nothing stored).
 */
final class CsvTable {

    /** Most data lines one file may carry (a large maquiladora's whole catalogue: 50,000 part numbers). */
    static final int MAX_ROWS = 100_000;
    static final int MAX_FIELD = 500;

    private final Map<String, Integer> columns;
    private final List<List<String>> rows;

    private CsvTable(Map<String, Integer> columns, List<List<String>> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    static CsvTable read(Reader reader, List<String> required) {
        try (BufferedReader in = new BufferedReader(reader)) {
            String header = in.readLine();
            if (header == null || header.isBlank()) {
                throw malformed("the file is empty: the first line names the columns " + required);
            }
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = fields(header.replace("\uFEFF", ""), 1);
            for (int i = 0; i < names.size(); i++) {
                columns.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ProblemException(400, "MISSING_COLUMNS", "Columns missing",
                        "The header lacks " + missing + "; expected " + required);
            }
            List<List<String>> rows = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new ProblemException(413, "TOO_MANY_LINES", "Too many lines",
                            "At most " + MAX_ROWS + " lines per file; split it");
                }
                List<String> f = fields(line, number);
                if (f.size() != names.size()) {
                    throw malformed("line " + number + " has " + f.size() + " fields, the header " + names.size());
                }
                List<String> row = new ArrayList<>(f.size() + 1);
                row.add(Integer.toString(number));
                row.addAll(f);
                rows.add(row);
            }
            return new CsvTable(columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return rows.size();
    }

    /** The file's line number of data row {@code i} (the header is line 1). */
    int lineOf(int i) {
        return Integer.parseInt(rows.get(i).get(0));
    }

    /** The stripped field of row {@code i} in {@code column}; null when empty or the column is absent. */
    String get(int i, String column) {
        Integer at = columns.get(column);
        if (at == null) {
            return null;
        }
        String v = rows.get(i).get(at + 1).strip();
        return v.isEmpty() ? null : v;
    }

    private static List<String> fields(String line, int number) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else if (c == '\u0000') {
                throw malformed("line " + number + " carries a NUL character");
            } else {
                field.append(c);
            }
            if (field.length() > MAX_FIELD) {
                throw malformed("line " + number + " has a field longer than " + MAX_FIELD + " characters");
            }
        }
        if (quoted) {
            throw malformed("line " + number + " leaves a quote open");
        }
        out.add(field.toString());
        return out;
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(400, "MALFORMED_CSV", "Malformed CSV", detail + "; nothing was stored");
    }
}
