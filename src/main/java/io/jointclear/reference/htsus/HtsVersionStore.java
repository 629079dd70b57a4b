package io.jointclear.reference.htsus;

import io.jointclear.reference.HtsFootnote;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tools.jackson.databind.json.JsonMapper;

/** Writes line versions of the tariff history to {@code reference.us_tariff_line}. */
final class HtsVersionStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 2_000;

    private HtsVersionStore() {
    }

    static void insert(Connection connection, List<HtsHistory.Version> versions) throws SQLException {
        // most lines of a revision share a handful of footnote lists: serialise each list once
        Map<List<HtsFootnote>, String> footnoteJson = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO reference.us_tariff_line (tariff_code, edition, valid_from, valid_to, description,
                    tariff_units, general_text, special_text, column2_text, additional_duties, quota_quantity, chapter99,
                    footnotes, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
                """)) {
            int pending = 0;
            for (HtsHistory.Version v : versions) {
                HtsLineText t = v.text();
                insert.setString(1, t.tariffCode());
                insert.setString(2, ShippedRevisions.label(v.revision()));
                insert.setDate(3, Date.valueOf(v.from()));
                insert.setDate(4, v.to() == null ? null : Date.valueOf(v.to()));
                insert.setString(5, t.description());
                insert.setArray(6, connection.createArrayOf("text", t.tariffUnits().toArray()));
                insert.setString(7, t.generalText());
                insert.setString(8, t.specialText());
                insert.setString(9, t.column2Text());
                insert.setString(10, t.additionalDuties());
                insert.setString(11, t.quota());
                insert.setBoolean(12, t.chapter99());
                insert.setString(13, footnoteJson.computeIfAbsent(t.footnotes(), JSON::writeValueAsString));
                insert.setString(14, v.revision());
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /**
     * Writes versions with PostgreSQL COPY (text format), streamed in chunks: the ~70,000 versions of
     * the shipped history in about a second where batched inserts took several.
     */
    static long copy(Connection connection, List<HtsHistory.Version> versions) throws SQLException {
        Map<List<HtsFootnote>, String> footnoteJson = new HashMap<>();
        Map<List<String>, String> unitArrays = new HashMap<>();
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                COPY reference.us_tariff_line (tariff_code, edition, valid_from, valid_to, description, tariff_units,
                    general_text, special_text, column2_text, additional_duties, quota_quantity, chapter99, footnotes,
                    revision) FROM STDIN (FORMAT text)
                """);
        StringBuilder row = new StringBuilder(1 << 17);
        try {
            for (HtsHistory.Version v : versions) {
                HtsLineText t = v.text();
                field(row, t.tariffCode()).append('\t');
                field(row, ShippedRevisions.label(v.revision())).append('\t');
                row.append(v.from()).append('\t');
                row.append(v.to() == null ? "\\N" : v.to().toString()).append('\t');
                field(row, t.description()).append('\t');
                field(row, unitArrays.computeIfAbsent(t.tariffUnits(), HtsVersionStore::arrayLiteral)).append('\t');
                field(row, t.generalText()).append('\t');
                field(row, t.specialText()).append('\t');
                field(row, t.column2Text()).append('\t');
                field(row, t.additionalDuties()).append('\t');
                field(row, t.quota()).append('\t');
                row.append(t.chapter99() ? 't' : 'f').append('\t');
                field(row, footnoteJson.computeIfAbsent(t.footnotes(), JSON::writeValueAsString)).append('\t');
                field(row, v.revision()).append('\n');
                if (row.length() > 1 << 16) {
                    flush(copy, row);
                }
            }
            flush(copy, row);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void flush(CopyIn copy, StringBuilder rows) throws SQLException {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    /** A value in COPY text format: backslash, tab, newline and carriage return escaped. */
    private static StringBuilder field(StringBuilder row, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return row;
    }

    /** A text[] literal with every element quoted: {"doz.","kg"}. */
    static String arrayLiteral(List<String> values) {
        StringBuilder b = new StringBuilder("{");
        for (String v : values) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append('}').toString();
    }

    /** Sets the last day of versions a new revision closed. */
    static void close(Connection connection, List<HtsHistory.Version> closed) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE reference.us_tariff_line SET valid_to = ? WHERE tariff_code = ? AND valid_from = ?")) {
            for (HtsHistory.Version v : closed) {
                update.setDate(1, Date.valueOf(v.to()));
                update.setString(2, v.text().tariffCode());
                update.setDate(3, Date.valueOf(v.from()));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    static String footnotesJson(List<HtsFootnote> footnotes) {
        return JSON.writeValueAsString(footnotes);
    }

    static List<HtsFootnote> footnotes(String json) {
        return List.of(JSON.readValue(json, HtsFootnote[].class));
    }
}
