package io.jointclear.enforcement.cases;

import io.jointclear.shared.ProblemException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Cases in {@code enforcement.enforcement_case} (JSON document + indexed columns) and their open deadlines. */
@Repository
public class CaseStore {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    CaseStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts a new case; false when its detection or inspection already opened one (idempotent opening). */
    boolean insert(EnforcementCase c) {
        CaseDocument d = c.snapshot(1);
        try {
            jdbc.update("""
                    INSERT INTO enforcement.enforcement_case (id, origin, jurisdiction, procedure, status, port, crossing_id,
                        detection_id, opened_at, notified_on, version, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?::jsonb)""",
                    d.id(), d.origin().name(), d.jurisdiction().name(), d.procedure().name(), d.status().name(), d.port(),
                    d.crossingId(), d.detectionId(), Timestamp.from(d.openedAt()), d.notifiedOn(), json.writeValueAsString(d));
        } catch (DuplicateKeyException e) {
            return false;
        }
        writeDeadlines(d);
        return true;
    }

    /** Writes the case back if nobody changed it since it was read, else a 409. */
    void update(EnforcementCase c, long readVersion) {
        CaseDocument d = c.snapshot(readVersion + 1);
        int n = jdbc.update("""
                UPDATE enforcement.enforcement_case SET status = ?, notified_on = ?, version = ?, body = ?::jsonb
                 WHERE id = ? AND version = ?""", d.status().name(), d.notifiedOn(), d.version(), json.writeValueAsString(d),
                d.id(), readVersion);
        if (n == 0) {
            throw new ProblemException(409, "CONCURRENT_UPDATE", "Changed meanwhile",
                    "The case was changed by someone else meanwhile; read it again and repeat the step");
        }
        writeDeadlines(d);
    }

    private void writeDeadlines(CaseDocument d) {
        jdbc.update("DELETE FROM enforcement.case_deadline WHERE case_id = ?", d.id());
        jdbc.batchUpdate("INSERT INTO enforcement.case_deadline (case_id, term, starts_on, due_on, closed_on) VALUES (?, ?, ?, ?, ?)",
                d.deadlines().stream().map(x -> new Object[]{d.id(), x.term(), x.startsOn(), x.dueOn(), x.closedOn()}).toList());
    }

    Optional<CaseDocument> find(UUID id) {
        return jdbc.query("SELECT body FROM enforcement.enforcement_case WHERE id = ?",
                (rs, n) -> json.readValue(rs.getString(1), CaseDocument.class), id).stream().findFirst();
    }

    Optional<CaseDocument> lock(UUID id) {
        return jdbc.query("SELECT body FROM enforcement.enforcement_case WHERE id = ? FOR UPDATE",
                (rs, n) -> json.readValue(rs.getString(1), CaseDocument.class), id).stream().findFirst();
    }

    Optional<UUID> byDetection(UUID detectionId) {
        return jdbc.queryForList("SELECT id FROM enforcement.enforcement_case WHERE detection_id = ?", UUID.class, detectionId)
                .stream().findFirst();
    }

    /** Cases, newest first, in a status (or all), at most {@code limit}. */
    List<CaseDocument> list(CaseStatus status, int limit) {
        return jdbc.query("SELECT body FROM enforcement.enforcement_case WHERE (?::text IS NULL OR status = ?) ORDER BY opened_at DESC LIMIT ?",
                (rs, n) -> json.readValue(rs.getString(1), CaseDocument.class),
                status == null ? null : status.name(), status == null ? null : status.name(), limit);
    }

    /** Open deadlines whose last day is on or before {@code until}: due soon, or overdue when before today. */
    List<DueDeadline> dueBy(LocalDate until) {
        return jdbc.query("""
                SELECT d.case_id, c.jurisdiction, c.procedure, c.status, c.port, d.term, d.starts_on, d.due_on
                  FROM enforcement.case_deadline d JOIN enforcement.enforcement_case c ON c.id = d.case_id
                 WHERE d.closed_on IS NULL AND d.due_on <= ? ORDER BY d.due_on, d.case_id""",
                (rs, n) -> new DueDeadline(rs.getObject(1, UUID.class), Jurisdiction.valueOf(rs.getString(2)),
                        Procedure.valueOf(rs.getString(3)), CaseStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)), until);
    }

    /** An open term's last day, with its case. */
    public record DueDeadline(UUID caseId, Jurisdiction jurisdiction, Procedure procedure, CaseStatus status, String port,
                              String term, LocalDate startsOn, LocalDate dueOn) {
    }

    /** Other cases sharing a subject key or a goods part number / declared code with this one. */
    List<CaseDocument> related(CaseDocument c) {
        String subjects = json.writeValueAsString(c.subjects().stream()
                .map(s -> java.util.Map.of("role", s.role(), "key", s.key())).toList());
        return jdbc.query("""
                SELECT body FROM enforcement.enforcement_case x
                 WHERE x.id <> ? AND (EXISTS (SELECT 1 FROM jsonb_array_elements(?::jsonb) s WHERE x.body -> 'subjects' @> jsonb_build_array(s))
                    OR EXISTS (SELECT 1 FROM jsonb_array_elements(x.body -> 'goods') g
                                WHERE g ->> 'partNumber' = ANY (?) OR g ->> 'declaredCode' = ANY (?)))
                 ORDER BY opened_at DESC LIMIT 50""",
                (rs, n) -> json.readValue(rs.getString(1), CaseDocument.class), c.id(), subjects,
                c.goods().stream().map(CaseDocument.Goods::partNumber).filter(java.util.Objects::nonNull).toArray(String[]::new),
                c.goods().stream().map(CaseDocument.Goods::declaredCode).filter(java.util.Objects::nonNull).toArray(String[]::new));
    }

    /** Cases by procedure, status, port and month opened: the analysts' report. */
    List<ReportRow> report() {
        return jdbc.query("""
                SELECT procedure, status, coalesce(port, ''), to_char(opened_at AT TIME ZONE 'America/Mexico_City', 'YYYY-MM'), count(*)
                  FROM enforcement.enforcement_case GROUP BY 1, 2, 3, 4 ORDER BY 4 DESC, 1, 2, 3""",
                (rs, n) -> new ReportRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
    }

    public record ReportRow(String procedure, String status, String port, String month, long cases) {
    }
}
