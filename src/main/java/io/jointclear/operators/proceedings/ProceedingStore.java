package io.jointclear.operators.proceedings;

import io.jointclear.operators.proceedings.Proceeding.Cause;
import io.jointclear.operators.proceedings.Proceeding.Evidence;
import io.jointclear.operators.proceedings.Proceeding.Outcome;
import io.jointclear.operators.proceedings.Proceeding.Status;
import io.jointclear.operators.proceedings.Proceeding.Step;
import io.jointclear.shared.ProblemException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Proceedings in schema {@code operators}: the case row (optimistic version), its evidence and its dated steps. */
@Repository
class ProceedingStore {

    private static final String COLUMNS = """
            id, operator_id, operator_type, operator_code, authorisation_number, legal_basis, status, causes, opened_on,
            notified_on, arguments_due, resolution_due, suspended_from, suspended_until, resolution, resolved_on,
            suspension_days, registration_bar_until, appeal_due, appealed_on, appeal_kind, proposed_reason, version, created_at
            """;

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ProceedingStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Proceeding p) {
        try {
            jdbc.update("INSERT INTO operators.proceeding (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                    p.id, p.operatorId, p.operatorType, p.operatorCode, p.authorisationNumber, p.basis.name(), p.status.name(),
                    json.writeValueAsString(p.causes), d(p.openedOn), d(p.notifiedOn), d(p.argumentsDue), d(p.resolutionDue),
                    d(p.suspendedFrom), d(p.suspendedUntil), p.resolution == null ? null : p.resolution.name(), d(p.resolvedOn),
                    p.suspensionDays, d(p.registrationBarUntil), d(p.appealDue), d(p.appealedOn), p.appealKind, p.proposedReason,
                    Timestamp.from(p.createdAt));
        } catch (DuplicateKeyException e) {
            throw pending(p);
        }
        appendChildren(p);
    }

    /** Saves a loaded case; a concurrent change in between is a 409 to retry. */
    void update(Proceeding p) {
        int n;
        try {
            n = jdbc.update("""
                    UPDATE operators.proceeding SET status = ?, causes = ?::jsonb, opened_on = ?, notified_on = ?, arguments_due = ?,
                        resolution_due = ?, suspended_from = ?, suspended_until = ?, resolution = ?, resolved_on = ?, suspension_days = ?,
                        registration_bar_until = ?, appeal_due = ?, appealed_on = ?, appeal_kind = ?, version = version + 1
                    WHERE id = ? AND version = ?
                    """, p.status.name(), json.writeValueAsString(p.causes), d(p.openedOn), d(p.notifiedOn), d(p.argumentsDue),
                    d(p.resolutionDue), d(p.suspendedFrom), d(p.suspendedUntil), p.resolution == null ? null : p.resolution.name(),
                    d(p.resolvedOn), p.suspensionDays, d(p.registrationBarUntil), d(p.appealDue), d(p.appealedOn), p.appealKind,
                    p.id, p.version);
        } catch (DuplicateKeyException e) {
            throw pending(p);
        }
        if (n != 1) {
            throw new ProblemException(409, "CONCURRENT_MODIFICATION", "Changed meanwhile",
                    "Proceeding " + p.id + " was changed by someone else: read it again and retry");
        }
        p.version++;
        appendChildren(p);
    }

    private void appendChildren(Proceeding p) {
        for (int i = p.storedEvidence; i < p.evidence.size(); i++) {
            Evidence e = p.evidence.get(i);
            jdbc.update("INSERT INTO operators.proceeding_evidence (proceeding_id, idx, kind, reference, summary, added_by, added_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", p.id, i, e.kind(), e.reference(), e.summary(), e.addedBy(), Timestamp.from(e.addedAt()));
        }
        for (int i = p.storedSteps; i < p.steps.size(); i++) {
            Step s = p.steps.get(i);
            jdbc.update("INSERT INTO operators.proceeding_step (proceeding_id, idx, step, step_date, actor, recorded_at, details) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)", p.id, i, s.step(), Date.valueOf(s.date()), s.actor(),
                    Timestamp.from(s.recordedAt()), json.writeValueAsString(s.details()));
        }
        p.storedEvidence = p.evidence.size();
        p.storedSteps = p.steps.size();
    }

    Optional<Proceeding> find(UUID id) {
        List<Proceeding> found = jdbc.query("SELECT " + COLUMNS + " FROM operators.proceeding WHERE id = ?", this::row, id);
        found.forEach(this::children);
        return found.stream().findFirst();
    }

    /** Cases by status (all when null) and operator (all when null), newest first, at most {@code limit}. */
    List<Proceeding> list(Status status, UUID operatorId, int limit) {
        List<Proceeding> found = jdbc.query("SELECT " + COLUMNS + " FROM operators.proceeding WHERE (?::text IS NULL OR status = ?) "
                + "AND (?::uuid IS NULL OR operator_id = ?) ORDER BY created_at DESC, id LIMIT ?", this::row,
                status == null ? null : status.name(), status == null ? null : status.name(), operatorId, operatorId, limit);
        found.forEach(this::children);
        return found;
    }

    private void children(Proceeding p) {
        p.evidence.addAll(jdbc.query("SELECT kind, reference, summary, added_by, added_at FROM operators.proceeding_evidence "
                + "WHERE proceeding_id = ? ORDER BY idx", (rs, i) -> new Evidence(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getTimestamp(5).toInstant()), p.id));
        p.steps.addAll(jdbc.query("SELECT step, step_date, actor, recorded_at, details FROM operators.proceeding_step "
                + "WHERE proceeding_id = ? ORDER BY idx", (rs, i) -> new Step(rs.getString(1), rs.getDate(2).toLocalDate(),
                rs.getString(3), rs.getTimestamp(4).toInstant(), json.readValue(rs.getString(5), new TypeReference<Map<String, String>>() {
                })), p.id));
        p.storedEvidence = p.evidence.size();
        p.storedSteps = p.steps.size();
    }

    private Proceeding row(ResultSet rs, int i) throws SQLException {
        Proceeding p = new Proceeding(rs.getObject("id", UUID.class), rs.getObject("operator_id", UUID.class),
                rs.getString("operator_type"), rs.getString("operator_code"), rs.getString("authorisation_number"),
                LegalBasis.valueOf(rs.getString("legal_basis")));
        p.status = Status.valueOf(rs.getString("status"));
        p.causes = json.readValue(rs.getString("causes"), new TypeReference<List<Cause>>() {
        });
        p.openedOn = ld(rs, "opened_on");
        p.notifiedOn = ld(rs, "notified_on");
        p.argumentsDue = ld(rs, "arguments_due");
        p.resolutionDue = ld(rs, "resolution_due");
        p.suspendedFrom = ld(rs, "suspended_from");
        p.suspendedUntil = ld(rs, "suspended_until");
        String resolution = rs.getString("resolution");
        p.resolution = resolution == null ? null : Outcome.valueOf(resolution);
        p.resolvedOn = ld(rs, "resolved_on");
        p.suspensionDays = (Integer) rs.getObject("suspension_days");
        p.registrationBarUntil = ld(rs, "registration_bar_until");
        p.appealDue = ld(rs, "appeal_due");
        p.appealedOn = ld(rs, "appealed_on");
        p.appealKind = rs.getString("appeal_kind");
        p.proposedReason = rs.getString("proposed_reason");
        p.version = rs.getLong("version");
        p.createdAt = rs.getTimestamp("created_at").toInstant();
        return p;
    }

    private static ProblemException pending(Proceeding p) {
        return new ProblemException(409, "PROCEEDING_ALREADY_PENDING", "A case is already pending",
                "Authorisation " + p.authorisationNumber + " of operator " + p.operatorId + " already has a proposed or open proceeding");
    }

    private static LocalDate ld(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Date d(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
