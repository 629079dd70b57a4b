package io.jointclear.manifest.internal;

import io.jointclear.manifest.FileManifest;
import io.jointclear.manifest.ManifestTimeliness;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Manifests, their shipments and the arrival checks in schema {@code manifest}. */
@Repository
class ManifestStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ManifestStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(StoredManifest m) {
        jdbc.update("""
                INSERT INTO manifest.manifest (id, trip_number, carrier, filed_by, filed_at, amended_at, version, body)
                VALUES (?, ?, ?, ?, ?, NULL, ?, ?::jsonb)
                """, m.id(), m.body().tripNumber(), m.carrier(), m.filedBy(), Timestamp.from(m.filedAt()), m.version(),
                json.writeValueAsString(m.body()));
        insertShipments(m, Map.of(), m.filedAt());
    }

    /** Replaces the body and the shipments; false when the version moved meanwhile. */
    boolean update(StoredManifest m, long expectedVersion) {
        int rows = jdbc.update("""
                UPDATE manifest.manifest SET trip_number = ?, amended_at = ?, version = ?, body = ?::jsonb
                WHERE id = ? AND version = ?
                """, m.body().tripNumber(), Timestamp.from(m.amendedAt()), m.version(), json.writeValueAsString(m.body()),
                m.id(), expectedVersion);
        if (rows == 0) {
            return false;
        }
        Map<UUID, Instant> before = receivedAt(m.id());
        jdbc.update("DELETE FROM manifest.shipment WHERE manifest_id = ?", m.id());
        insertShipments(m, before, m.amendedAt());
        return true;
    }

    /** A shipment kept by an amendment keeps its first receipt; a new one is received now. */
    private void insertShipments(StoredManifest m, Map<UUID, Instant> receivedBefore, Instant now) {
        List<FileManifest.Shipment> shipments = m.body().shipments();
        for (int i = 0; i < shipments.size(); i++) {
            FileManifest.Shipment s = shipments.get(i);
            Instant received = receivedBefore.getOrDefault(s.crossingId(), now);
            jdbc.update("INSERT INTO manifest.shipment (manifest_id, position, scn, crossing_id, fast, received_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", m.id(), i, s.scn(), s.crossingId(), s.fast(), Timestamp.from(received));
        }
    }

    /** When the shipment of each crossing of a manifest was first received. */
    Map<UUID, Instant> receivedAt(UUID manifestId) {
        Map<UUID, Instant> out = new HashMap<>();
        jdbc.query("SELECT crossing_id, received_at FROM manifest.shipment WHERE manifest_id = ?",
                rs -> {
                    out.put(rs.getObject("crossing_id", UUID.class), rs.getTimestamp("received_at").toInstant());
                }, manifestId);
        return out;
    }

    Optional<StoredManifest> find(UUID id) {
        return jdbc.query("SELECT * FROM manifest.manifest WHERE id = ?", this::manifest, id).stream().findFirst();
    }

    /** Locks the row for an amendment. */
    Optional<StoredManifest> findForUpdate(UUID id) {
        return jdbc.query("SELECT * FROM manifest.manifest WHERE id = ? FOR UPDATE", this::manifest, id).stream().findFirst();
    }

    Optional<StoredManifest> forCrossing(UUID crossingId) {
        return jdbc.query("""
                SELECT m.* FROM manifest.manifest m JOIN manifest.shipment s ON s.manifest_id = m.id
                WHERE s.crossing_id = ?
                """, this::manifest, crossingId).stream().findFirst();
    }

    /** The manifest (other than {@code except}) that already uses this trip number, SCN or crossing. */
    boolean tripTaken(String trip, UUID except) {
        return exists("SELECT count(*) FROM manifest.manifest WHERE trip_number = ? AND id <> ?", trip, except);
    }

    boolean scnTaken(String scn, UUID except) {
        return exists("SELECT count(*) FROM manifest.shipment WHERE scn = ? AND manifest_id <> ?", scn, except);
    }

    boolean crossingTaken(UUID crossingId, UUID except) {
        return exists("SELECT count(*) FROM manifest.shipment WHERE crossing_id = ? AND manifest_id <> ?", crossingId, except);
    }

    private boolean exists(String sql, Object... args) {
        Long n = jdbc.queryForObject(sql, Long.class, args);
        return n != null && n > 0;
    }

    /** Records the check at arrival once: a redelivered arrival event changes nothing (false). */
    boolean recordArrival(ManifestTimeliness t, UUID manifestId, Instant checkedAt) {
        return 1 == jdbc.update("""
                INSERT INTO manifest.arrival_check (crossing_id, arrived_at, manifest_id, filed_at, fast, required_minutes,
                    status, checked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (crossing_id) DO NOTHING
                """, t.crossingId(), Timestamp.from(t.arrivedAt()), manifestId,
                t.filedAt() == null ? null : Timestamp.from(t.filedAt()), t.fast(), t.requiredMinutes(), t.status(),
                Timestamp.from(checkedAt));
    }

    Optional<ManifestTimeliness> arrival(UUID crossingId) {
        return jdbc.query("SELECT * FROM manifest.arrival_check WHERE crossing_id = ?", (rs, i) -> {
            Instant arrived = rs.getTimestamp("arrived_at").toInstant();
            Timestamp filed = rs.getTimestamp("filed_at");
            return DeadlinePolicy.atArrival(crossingId, arrived, filed == null ? null : filed.toInstant(), rs.getBoolean("fast"));
        }, crossingId).stream().findFirst();
    }

    Map<UUID, String> flags(Collection<UUID> crossingIds) {
        Map<UUID, String> out = new HashMap<>();
        if (crossingIds.isEmpty()) {
            return out;
        }
        jdbc.query("SELECT crossing_id, status FROM manifest.arrival_check WHERE crossing_id = ANY(?) AND status <> 'ON_TIME'",
                ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", crossingIds.toArray())),
                rs -> {
                    out.put(rs.getObject("crossing_id", UUID.class), rs.getString("status"));
                });
        return out;
    }

    Set<UUID> flagged(String status) {
        return new HashSet<>(jdbc.queryForList("SELECT crossing_id FROM manifest.arrival_check WHERE status = ?", UUID.class,
                status));
    }

    private StoredManifest manifest(ResultSet rs, int row) throws SQLException {
        Timestamp amended = rs.getTimestamp("amended_at");
        return new StoredManifest(rs.getObject("id", UUID.class), rs.getString("carrier"), rs.getString("filed_by"),
                rs.getTimestamp("filed_at").toInstant(), amended == null ? null : amended.toInstant(), rs.getLong("version"),
                json.readValue(rs.getString("body"), FileManifest.class));
    }
}
