package io.jointclear.inspection.internal;

import io.jointclear.inspection.InspectionView;
import io.jointclear.shared.Authority;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Joint inspections and findings in schema {@code inspection}. */
@Repository
class InspectionStore {

    private final JdbcTemplate jdbc;

    InspectionStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Row(UUID id, String status, String mxOfficer, String usOfficer, Instant startedAt) {
    }

    boolean insertIfAbsent(UUID id, UUID crossingId, String facility, String mxOffice, String usPort, String reason, Instant at) {
        return jdbc.update("""
                INSERT INTO inspection.joint_inspection (id, crossing_id, facility, mx_customs_office, us_port, reason, status, scheduled_at)
                VALUES (?, ?, ?, ?, ?, ?, 'SCHEDULED', ?) ON CONFLICT (crossing_id) DO NOTHING
                """, id, crossingId, facility, mxOffice, usPort, reason, Timestamp.from(at)) == 1;
    }

    Optional<Row> find(UUID crossingId) {
        return query("SELECT id, status, mx_officer, us_officer, started_at FROM inspection.joint_inspection WHERE crossing_id = ?", crossingId);
    }

    /** The row locked for this transaction: two officers joining at once must both be seen. */
    Optional<Row> lock(UUID crossingId) {
        return query("SELECT id, status, mx_officer, us_officer, started_at FROM inspection.joint_inspection WHERE crossing_id = ? FOR UPDATE", crossingId);
    }

    void setOfficer(UUID id, Authority authority, String officer) {
        jdbc.update("UPDATE inspection.joint_inspection SET " + (authority == Authority.MX ? "mx_officer" : "us_officer")
                + " = ? WHERE id = ?", officer, id);
    }

    void start(UUID id, Instant at) {
        jdbc.update("UPDATE inspection.joint_inspection SET status = 'IN_PROGRESS', started_at = ? WHERE id = ?", Timestamp.from(at), id);
    }

    void end(UUID id, Instant at) {
        jdbc.update("UPDATE inspection.joint_inspection SET status = 'COMPLETED', ended_at = ? WHERE id = ?", Timestamp.from(at), id);
    }

    void addFinding(UUID id, Authority authority, String officer, String kind, Integer line, String description, Instant at) {
        jdbc.update("""
                INSERT INTO inspection.finding (inspection_id, authority, officer, kind, line, description, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, id, authority.name(), officer, kind, line, description, Timestamp.from(at));
    }

    Optional<InspectionView> view(UUID crossingId) {
        List<InspectionView> found = jdbc.query("""
                SELECT id, crossing_id, facility, status, reason, scheduled_at, mx_officer, us_officer, started_at, ended_at
                FROM inspection.joint_inspection WHERE crossing_id = ?
                """, (rs, i) -> {
            UUID id = rs.getObject(1, UUID.class);
            List<InspectionView.Finding> findings = jdbc.query("""
                    SELECT authority, officer, kind, line, description, recorded_at FROM inspection.finding
                    WHERE inspection_id = ? ORDER BY id
                    """, (f, j) -> new InspectionView.Finding(Authority.valueOf(f.getString(1)), f.getString(2), f.getString(3),
                    (Integer) f.getObject(4), f.getString(5), f.getTimestamp(6).toInstant()), id);
            return new InspectionView(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                    instant(rs.getTimestamp(6)), rs.getString(7), rs.getString(8), instant(rs.getTimestamp(9)),
                    instant(rs.getTimestamp(10)), findings);
        }, crossingId);
        return found.stream().findFirst();
    }

    private Optional<Row> query(String sql, UUID crossingId) {
        return jdbc.query(sql, (rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4), instant(rs.getTimestamp(5))), crossingId).stream().findFirst();
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
