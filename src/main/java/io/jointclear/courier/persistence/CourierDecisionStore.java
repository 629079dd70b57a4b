package io.jointclear.courier.persistence;

import io.jointclear.courier.detection.ValueReference;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Officers' decisions on courier consignments ({@code courier.decision}) and the value references they teach. */
@Repository
public class CourierDecisionStore {

    private final JdbcTemplate jdbc;

    CourierDecisionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a decision needs to know of the consignment, read with a row lock until the transaction ends. */
    public record Target(UUID manifestId, String guide, String direction, String courierId, String hsCode, String description,
                         BigDecimal valueUsd, BigDecimal weightKg, UUID riskCase, String lane, String decision) {
    }

    /** What inspection found; every part optional. */
    public record Findings(BigDecimal valueUsd, BigDecimal weightKg, String description, String hs6) {
    }

    /** One stored decision. */
    public record Decided(long id, UUID manifestId, String guide, String decision, String authority, String officer,
                          Findings findings, Boolean hit, String note, Instant decidedAt) {
    }

    public Optional<Target> lock(UUID manifestId, String guide) {
        return jdbc.query("""
                SELECT c.manifest_id, c.guide, m.direction, m.courier_id, c.hs_code, c.description, c.value_usd, c.weight_kg,
                       c.risk_case, c.lane, c.decision
                  FROM courier.consignment c JOIN courier.manifest m ON m.id = c.manifest_id
                 WHERE c.manifest_id = ? AND c.guide = ? FOR UPDATE OF c""", rs -> rs.next() ? Optional.of(new Target(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getObject(9, UUID.class), rs.getString(10), rs.getString(11)))
                : Optional.empty(), manifestId, guide);
    }

    public Optional<Decided> latest(UUID manifestId, String guide) {
        return jdbc.query("SELECT * FROM courier.decision WHERE manifest_id = ? AND guide = ? ORDER BY id DESC LIMIT 1",
                (rs, n) -> decided(rs), manifestId, guide).stream().findFirst();
    }

    public Decided insert(UUID manifestId, String guide, String decision, String authority, String officer, Findings f,
                          String referenceKey, Boolean hit, String note, Instant at) {
        Long id = jdbc.queryForObject("""
                INSERT INTO courier.decision (manifest_id, guide, decision, authority, officer, found_value_usd, found_weight_kg,
                       found_description, found_hs6, reference_key, hit, note, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, manifestId, guide, decision, authority,
                officer, f == null ? null : f.valueUsd(), f == null ? null : f.weightKg(), f == null ? null : f.description(),
                f == null ? null : f.hs6(), referenceKey, hit, note, Timestamp.from(at));
        jdbc.update("UPDATE courier.consignment SET decision = ? WHERE manifest_id = ? AND guide = ?", decision, manifestId, guide);
        return new Decided(id == null ? 0 : id, manifestId, guide, decision, authority, officer, f, hit, note, at);
    }

    /** The latest finding of each consignment inspected under a reference key (value and weight), newest first. */
    public List<BigDecimal[]> observations(String referenceKey, int limit) {
        return jdbc.query("""
                SELECT value, weight FROM (
                    SELECT DISTINCT ON (manifest_id, guide) id, found_value_usd AS value, found_weight_kg AS weight
                      FROM courier.decision WHERE reference_key = ?
                     ORDER BY manifest_id, guide, id DESC) latest
                 ORDER BY id DESC LIMIT ?""", (rs, n) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)},
                referenceKey, limit);
    }

    public void saveReference(ValueReference r, String source, Instant at) {
        jdbc.update("""
                INSERT INTO courier.value_reference (reference_key, min_usd_per_kg, max_usd_per_kg, observations, source, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (reference_key) DO UPDATE SET min_usd_per_kg = excluded.min_usd_per_kg,
                    max_usd_per_kg = excluded.max_usd_per_kg, observations = excluded.observations, source = excluded.source,
                    updated_at = excluded.updated_at""", r.key(), r.minUsdPerKg(), r.maxUsdPerKg(), r.observations(), source,
                Timestamp.from(at));
    }

    public List<ValueReference> references(int limit) {
        return jdbc.query("""
                SELECT reference_key, min_usd_per_kg, max_usd_per_kg, observations FROM courier.value_reference
                 ORDER BY observations DESC, reference_key LIMIT ?""", (rs, n) -> new ValueReference(rs.getString(1),
                rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getInt(4)), limit);
    }

    /** The decided consignments of a manifest with their current decision, the latest first. */
    public List<Decided> decided(UUID manifestId, int limit) {
        return jdbc.query("""
                SELECT * FROM (SELECT DISTINCT ON (guide) * FROM courier.decision WHERE manifest_id = ? ORDER BY guide, id DESC) d
                 ORDER BY id DESC LIMIT ?""", (rs, n) -> decided(rs), manifestId, limit);
    }


    private static Decided decided(ResultSet rs) throws SQLException {
        BigDecimal value = rs.getBigDecimal("found_value_usd");
        BigDecimal weight = rs.getBigDecimal("found_weight_kg");
        String description = rs.getString("found_description");
        String hs6 = rs.getString("found_hs6");
        Findings f = value == null && weight == null && description == null && hs6 == null ? null
                : new Findings(value, weight, description, hs6);
        return new Decided(rs.getLong("id"), rs.getObject("manifest_id", UUID.class), rs.getString("guide"),
                rs.getString("decision"), rs.getString("authority"), rs.getString("officer"), f, (Boolean) rs.getObject("hit"),
                rs.getString("note"), rs.getTimestamp("decided_at").toInstant());
    }
}
