package io.jointclear.courier.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads a CSV manifest (RFC 4180, UTF-8, header row) record by record from the request stream; the
 * manifest's own fields (direction, customs office, date, crossing) come from the query. Columns are
 * named as the JSON fields, flattened: {@code consigneeName}, {@code consigneeRfc} ….
 */
public final class CsvManifestReader {

    /** Column → the consignment field it fills and the field path its errors carry. */
    private static final Map<String, Column> COLUMNS = Map.ofEntries(
            Map.entry("guide", new Column("guide", (c, v) -> c.guide = v)),
            Map.entry("consigneename", new Column("consignee.name", (c, v) -> c.consigneeName = v)),
            Map.entry("consigneerfc", new Column("consignee.rfc", (c, v) -> c.consigneeRfc = v)),
            Map.entry("consigneeaddress", new Column("consignee.address", (c, v) -> c.consigneeAddress = v)),
            Map.entry("consigneephone", new Column("consignee.phone", (c, v) -> c.consigneePhone = v)),
            Map.entry("shippername", new Column("shipper.name", (c, v) -> c.shipperName = v)),
            Map.entry("shipperaddress", new Column("shipper.address", (c, v) -> c.shipperAddress = v)),
            Map.entry("origin", new Column("origin", (c, v) -> c.origin = v)),
            Map.entry("description", new Column("description", (c, v) -> c.description = v)),
            Map.entry("quantity", new Column("quantity", null)),
            Map.entry("weightkg", new Column("weightKg", null)),
            Map.entry("value", new Column("value", null)),
            Map.entry("currency", new Column("currency", (c, v) -> c.currency = v)),
            Map.entry("hscode", new Column("hsCode", (c, v) -> c.hsCode = v)),
            Map.entry("rrna", new Column("rrna", null)));

    private record Column(String field, BiConsumer<RawConsignment, String> text) {
    }

    /**
     * @throws MalformedManifest without a header, with an unknown or repeated column, or an unterminated quote
     * @throws ManifestTooLarge  past {@link RawManifest#MAX_CONSIGNMENTS} records
     */
    public RawManifest read(InputStream body, RawManifest manifest) {
        try {
            Records records = new Records(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16));
            List<String> header = records.next();
            if (header == null) {
                throw new MalformedManifest("the CSV has no header row");
            }
            Column[] columns = columns(header);
            List<String> row;
            while ((row = records.next()) != null) {
                if (row.size() == 1 && row.getFirst().isEmpty()) {
                    continue; // blank line
                }
                if (manifest.consignments.size() == RawManifest.MAX_CONSIGNMENTS) {
                    throw new ManifestTooLarge();
                }
                manifest.consignments.add(consignment(columns, row));
            }
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest", e);
        }
    }

    private static Column[] columns(List<String> header) {
        Column[] columns = new Column[header.size()];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            Column column = COLUMNS.get(name);
            if (column == null || !seen.add(name)) {
                throw new MalformedManifest((column == null ? "unknown" : "repeated") + " column '"
                        + abbreviate(header.get(i)) + "'; columns: " + COLUMNS.keySet());
            }
            columns[i] = column;
        }
        return columns;
    }

    private static RawConsignment consignment(Column[] columns, List<String> row) {
        RawConsignment c = new RawConsignment();
        if (row.size() != columns.length) {
            c.readErrors.add(FieldError.of("$", Codes.CSV_MALFORMED, columns.length, row.size()));
        }
        for (int i = 0; i < Math.min(columns.length, row.size()); i++) {
            String v = row.get(i);
            if (v.isEmpty()) {
                continue;
            }
            Column column = columns[i];
            if (v.length() > RawManifest.MAX_TEXT) {
                c.readErrors.add(FieldError.of(column.field(), Codes.TOO_LONG, RawManifest.MAX_TEXT));
            } else if (column.text() != null) {
                column.text().accept(c, v);
            } else {
                typed(c, column.field(), v.strip());
            }
        }
        return c;
    }

    private static void typed(RawConsignment c, String field, String v) {
        if (field.equals("rrna")) {
            switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "si", "sí" -> c.rrna = true;
                case "false", "0", "no" -> c.rrna = false;
                default -> c.readErrors.add(FieldError.of(field, Codes.WRONG_TYPE, "boolean"));
            }
            return;
        }
        BigDecimal n;
        try {
            n = v.length() > 40 ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            n = null;
        }
        if (n == null) {
            c.readErrors.add(FieldError.of(field, Codes.WRONG_TYPE, "number"));
        } else if (field.equals("quantity")) {
            c.quantity = n;
        } else if (field.equals("weightKg")) {
            c.weightKg = n;
        } else {
            c.value = n;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
    private static final class Records {
        private final BufferedReader in;
        private final StringBuilder field = new StringBuilder();

        Records(BufferedReader in) {
            this.in = in;
        }

        List<String> next() throws IOException {
            int ch = in.read();
            if (ch < 0) {
                return null;
            }
            List<String> out = new ArrayList<>(16);
            boolean quoted = false;
            field.setLength(0);
            while (true) {
                if (quoted) {
                    if (ch < 0) {
                        throw new MalformedManifest("a quoted field is not closed");
                    }
                    if (ch == '"') {
                        int peek = in.read();
                        if (peek == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            ch = peek;
                            continue;
                        }
                    } else {
                        append((char) ch);
                    }
                } else if (ch < 0 || ch == '\n') {
                    out.add(field.toString());
                    return out;
                } else if (ch == '\r') {
                    // CRLF: the \n ends the record
                } else if (ch == ',') {
                    out.add(field.toString());
                    field.setLength(0);
                } else if (ch == '"' && field.isEmpty()) {
                    quoted = true;
                } else {
                    append((char) ch);
                }
                ch = in.read();
            }
        }

        private void append(char c) {
            if (field.length() > RawManifest.MAX_TEXT + 1) {
                return; // reported as TOO_LONG; never grow without bound
            }
            field.append(c);
        }
    }
}
