package io.jointclear.courier.persistence;

import io.jointclear.courier.detection.Flag;
import io.jointclear.courier.detection.Parcel;
import io.jointclear.courier.detection.PriorParcel;
import io.jointclear.courier.detection.ValueReference;
import io.jointclear.courier.filing.AssessedConsignment;
import io.jointclear.courier.filing.ConsignmentView;
import io.jointclear.courier.filing.ManifestSummary;
import io.jointclear.courier.filing.ManifestTotals;
import io.jointclear.courier.filing.Tax;
import io.jointclear.courier.intake.RawConsignment;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Manifests and their consignments in schema {@code courier}. Consignments go in with one PostgreSQL
 * COPY inside the caller's transaction, so a manifest commits whole or not at all; the database keeps
 * fsync and synchronous_commit on, so a manifest answered 201 is on disk.
 */
@Repository
public class CourierManifestStore {

    private static final TypeReference<List<Tax>> TAXES = new TypeReference<>() {
    };
    private static final TypeReference<List<Flag>> FLAGS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final JsonMapper json;

    public CourierManifestStore(JdbcTemplate jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.json = json;
    }

    /** A manifest's key record: who holds it and the hash of the request that claimed it. */
    public record Keyed(UUID id, String requestHash, byte[] answer) {
    }

    /** The manifest filed under a key in a key space, if any (waits for a concurrent claim to end). */
    public Optional<Keyed> byKey(String scope, String key) {
        return jdbc.query("SELECT id, request_hash, answer FROM courier.manifest WHERE key_scope = ? AND idempotency_key = ?",
                rs -> rs.next() ? Optional.of(new Keyed(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3)))
                        : Optional.empty(), scope, key);
    }

    /** The new manifest row; false when the key is already taken (after waiting for a concurrent claim). */
    public boolean claim(UUID id, String courierId, String scope, String key, String requestHash, String filedBy,
                         String direction, String office, LocalDate date, UUID crossingId, BigDecimal usdMxn,
                         Instant at, int accepted, int rejected, ManifestTotals totals) {
        return jdbc.update("""
                INSERT INTO courier.manifest (id, courier_id, key_scope, idempotency_key, request_hash, filed_by, direction,
                       customs_office, manifest_date, crossing_id, usd_mxn, received_at, accepted, rejected, totals)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (key_scope, idempotency_key) DO NOTHING
                """, id, courierId, scope, key, requestHash, filedBy, direction, office, java.sql.Date.valueOf(date),
                crossingId, usdMxn, Timestamp.from(at), accepted, rejected, json.writeValueAsString(totals)) == 1;
    }

    public void answer(UUID id, byte[] answer, int flagged) {
        jdbc.update("UPDATE courier.manifest SET answer = ?, flagged = ? WHERE id = ?", answer, flagged, id);
    }

    /**
     * Waits, until the caller's transaction ends, for any other filing of the courier holding the same lock: the
     * split-shipment window of one manifest then includes every manifest of the courier committed before it.
     */
    public void lockCourierWindow(String courierId) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", rs -> {
        }, "courier-window:" + courierId);
    }

    /** A flagged consignment's selection by the risk engine: its case id, lane and the rule ids of the reasons. */
    public record Selected(UUID caseId, String lane, String reasons) {
    }

    /** Writes the accepted consignments with one COPY on the transaction's connection. */
    public void copy(UUID manifestId, List<AssessedConsignment> consignments, Map<Integer, Parcel> parcels,
                     java.util.function.Predicate<Parcel> nearThreshold, Map<Integer, List<Flag>> flags,
                     Map<Integer, Selected> selections) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg, """
                    COPY courier.consignment (manifest_id, idx, guide, consignee_name, consignee_rfc, consignee_address,
                         consignee_phone, shipper_name, shipper_address, origin, description, hs_code, rrna, quantity, weight_kg,
                         value, currency, value_usd, consignee_value_usd, rate_band, rate, legal_basis, periodic_payment, taxes,
                         consignee_key, phone_key, near_threshold, flags, risk_case, lane, selection_reasons)
                    FROM STDIN (FORMAT csv)""", 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                String id = manifestId.toString();
                for (AssessedConsignment a : consignments) {
                    row(out, id, a);
                    Parcel p = parcels.get(a.index());
                    out.write(',');
                    text(out, p.nameAddressKey());
                    out.write(',');
                    text(out, p.phone());
                    out.write(nearThreshold.test(p) ? ",t," : ",f,");
                    List<Flag> found = flags.get(a.index());
                    text(out, found == null ? "[]" : json.writeValueAsString(found));
                    Selected s = selections.get(a.index());
                    out.write(',');
                    if (s != null) {
                        out.write(s.caseId().toString());
                    }
                    out.write(',');
                    text(out, s == null ? null : s.lane());
                    out.write(',');
                    text(out, s == null ? null : s.reasons());
                    out.write('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the consignments: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the consignments", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void row(Writer out, String manifestId, AssessedConsignment a) throws IOException {
        RawConsignment c = a.input();
        out.write(manifestId);
        out.write(',');
        out.write(Integer.toString(a.index()));
        for (String s : new String[] {c.guide.strip(), c.consigneeName, rfc(c), c.consigneeAddress, c.consigneePhone,
                c.shipperName, c.shipperAddress, c.origin.strip(), c.description, c.hsCode == null ? null : c.hsCode.strip()}) {
            out.write(',');
            text(out, s);
        }
        out.write(c.rrna ? ",t," : ",f,");
        out.write(c.quantity.toPlainString());
        out.write(',');
        out.write(c.weightKg.toPlainString());
        out.write(',');
        out.write(c.value.toPlainString());
        out.write(',');
        out.write(c.currency.strip());
        out.write(',');
        out.write(a.valueUsd().toPlainString());
        out.write(',');
        out.write(a.consigneeValueUsd().toPlainString());
        out.write(',');
        out.write(a.decision().band().name());
        out.write(',');
        if (a.rate() != null) {
            out.write(a.rate().toPlainString());
        }
        out.write(',');
        text(out, a.decision().legalBasis());
        out.write(a.decision().periodicPayment() ? ",t," : ",f,");
        text(out, json.writeValueAsString(a.taxes()));
    }

    private static String rfc(RawConsignment c) {
        return c.consigneeRfc == null || c.consigneeRfc.isBlank() ? null : c.consigneeRfc.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** A CSV field for COPY: quoted (so an empty string stays empty), quotes doubled; null unquoted. */
    private static void text(Writer out, String s) throws IOException {
        if (s == null) {
            return;
        }
        out.write('"');
        if (s.indexOf('"') >= 0) {
            out.write(s.replace("\"", "\"\""));
        } else {
            out.write(s);
        }
        out.write('"');
    }

    public Optional<ManifestSummary> summary(UUID id) {
        return jdbc.query("""
                SELECT id, courier_id, direction, customs_office, manifest_date, crossing_id, received_at, totals
                  FROM courier.manifest WHERE id = ?""", rs -> rs.next() ? Optional.of(new ManifestSummary(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), rs.getObject(6, UUID.class), rs.getTimestamp(7).toInstant(),
                json.readValue(rs.getString(8), ManifestTotals.class))) : Optional.empty(), id);
    }

    public Optional<ConsignmentView> consignment(UUID manifestId, String guide) {
        return jdbc.query("""
                SELECT idx, guide, origin, value_usd, consignee_value_usd, rate_band, rate, legal_basis, periodic_payment,
                       taxes, flags, lane, selection_reasons
                  FROM courier.consignment WHERE manifest_id = ? AND guide = ?""", rs -> rs.next()
                ? Optional.of(new ConsignmentView(manifestId, rs.getInt(1), rs.getString(2), rs.getString(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getString(6), rs.getBigDecimal(7), rs.getString(8),
                rs.getBoolean(9), json.readValue(rs.getString(10), TAXES), new java.util.ArrayList<Object>(json.readValue(rs.getString(11), FLAGS)),
                rs.getString(12), rs.getString(13), null))
                : Optional.empty(), manifestId, guide);
    }

    /** Stored consignments of a manifest (for tests and the totals' cross-check). */
    public int count(UUID manifestId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM courier.consignment WHERE manifest_id = ?", Integer.class, manifestId);
        return n == null ? 0 : n;
    }

    /**
     * The courier's consignments of the window whose consignee shares an RFC, name and address, or phone with one
     * of the new manifest and whose consignee value lay just below a threshold: one set-based query.
     */
    public List<PriorParcel> window(String courierId, LocalDate from, LocalDate to, List<BigDecimal[]> nearRanges,
                                    String[] rfcs, String[] nameKeys, String[] phones) {
        if (nearRanges.isEmpty() || rfcs.length + nameKeys.length + phones.length == 0) {
            return List.of();
        }
        StringBuilder near = new StringBuilder();
        for (int i = 0; i < nearRanges.size(); i++) {
            near.append(i == 0 ? "" : " OR ").append("(c.consignee_value_usd > ? AND c.consignee_value_usd <= ?)");
        }
        String sql = """
                SELECT m.id, c.guide, m.manifest_date, c.consignee_rfc, c.consignee_key, c.phone_key, c.consignee_value_usd,
                       CASE WHEN c.consignee_rfc IS NULL OR c.consignee_rfc IN ('XAXX010101000', 'XEXX010101000')
                            THEN 'NA:' || c.consignee_key ELSE 'RFC:' || c.consignee_rfc END
                  FROM courier.consignment c JOIN courier.manifest m ON m.id = c.manifest_id
                 WHERE c.near_threshold
                   AND (c.consignee_rfc = ANY (?) OR c.consignee_key = ANY (?) OR c.phone_key = ANY (?))
                   AND m.courier_id = ? AND m.direction = 'SOUTHBOUND' AND m.manifest_date BETWEEN ? AND ?
                   AND (%s)""".formatted(near);
        return jdbc.query(sql, ps -> {
            int i = 1;
            ps.setArray(i++, ps.getConnection().createArrayOf("text", rfcs));
            ps.setArray(i++, ps.getConnection().createArrayOf("text", nameKeys));
            ps.setArray(i++, ps.getConnection().createArrayOf("text", phones));
            ps.setString(i++, courierId);
            ps.setObject(i++, from);
            ps.setObject(i++, to);
            for (BigDecimal[] r : nearRanges) {
                ps.setBigDecimal(i++, r[0]);
                ps.setBigDecimal(i++, r[1]);
            }
        }, (rs, n) -> new PriorParcel(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(8),
                rs.getString(4), rs.getString(5), emptyToNull(rs.getString(6)), rs.getBigDecimal(7)));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Value-per-kg references of the given keys (HS subheadings, description classes). */
    public Map<String, ValueReference> references(java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, ValueReference> out = new java.util.HashMap<>();
        jdbc.query("""
                SELECT reference_key, min_usd_per_kg, max_usd_per_kg, observations FROM courier.value_reference
                 WHERE reference_key = ANY (?)""",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("text", keys.toArray())),
                rs -> {
                    out.put(rs.getString(1), new ValueReference(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4)));
                });
        return out;
    }

    /** One courier's irregularity counts over manifests dated in a period. */
    public record CourierRate(String courierId, long consignments, long flagged, Map<String, Long> byKind) {
    }

    /** Flagged / total consignments per courier and flags per kind, manifests dated from–to. */
    public List<CourierRate> irregularityRates(LocalDate from, LocalDate to) {
        Map<String, CourierRate> out = new java.util.TreeMap<>();
        jdbc.query("""
                SELECT m.courier_id, count(*), count(*) FILTER (WHERE c.flags <> '[]'::jsonb)
                  FROM courier.manifest m JOIN courier.consignment c ON c.manifest_id = m.id
                 WHERE m.manifest_date BETWEEN ? AND ? GROUP BY m.courier_id""", rs -> {
            out.put(rs.getString(1), new CourierRate(rs.getString(1), rs.getLong(2), rs.getLong(3), new java.util.TreeMap<>()));
        }, from, to);
        jdbc.query("""
                SELECT m.courier_id, f ->> 'code', count(*)
                  FROM courier.manifest m JOIN courier.consignment c ON c.manifest_id = m.id,
                       jsonb_array_elements(c.flags) f
                 WHERE m.manifest_date BETWEEN ? AND ? AND c.flags <> '[]'::jsonb GROUP BY 1, 2""", rs -> {
            CourierRate r = out.get(rs.getString(1));
            if (r != null) {
                r.byKind().put(rs.getString(2), rs.getLong(3));
            }
        }, from, to);
        return List.copyOf(out.values());
    }
}
