package io.jointclear.operators.registry;

import io.jointclear.operators.AuthorisationKind;
import io.jointclear.operators.AuthorisationStatus;
import io.jointclear.operators.CertificationProgram;
import io.jointclear.operators.OperatorType;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The registry's tables in schema {@code operators}: operators, authorisations with their history, certifications. */
@Repository
class RegistryStore {

    private final JdbcTemplate jdbc;

    RegistryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the operator unless one with its type and code exists; true when inserted. */
    boolean insert(Operator o) {
        return jdbc.update("""
                INSERT INTO operators.operator (id, type, code, name, country, tax_id, agency_id, source, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (type, code) DO NOTHING
                """, o.id(), o.type().name(), o.code(), o.name(), o.country(), o.taxId(), o.agencyId(), o.source(),
                Timestamp.from(o.createdAt())) == 1;
    }

    void update(Operator o) {
        jdbc.update("UPDATE operators.operator SET name = ?, country = ?, tax_id = ?, agency_id = ? WHERE id = ?",
                o.name(), o.country(), o.taxId(), o.agencyId(), o.id());
    }

    Optional<Operator> operator(UUID id) {
        return jdbc.query("SELECT * FROM operators.operator WHERE id = ?", RegistryStore::operator, id).stream().findFirst();
    }

    Optional<Operator> operator(OperatorType type, String code) {
        return jdbc.query("SELECT * FROM operators.operator WHERE type = ? AND code = ?", RegistryStore::operator,
                type.name(), code).stream().findFirst();
    }

    /** Operators of a type (all when null), by name, at most {@code limit}. */
    List<Operator> operators(OperatorType type, int limit) {
        if (type == null) {
            return jdbc.query("SELECT * FROM operators.operator ORDER BY type, name, code LIMIT ?", RegistryStore::operator, limit);
        }
        return jdbc.query("SELECT * FROM operators.operator WHERE type = ? ORDER BY name, code LIMIT ?",
                RegistryStore::operator, type.name(), limit);
    }

    List<Authorisation> authorisationsOf(UUID operatorId) {
        return withHistory(jdbc.query("SELECT * FROM operators.authorisation WHERE operator_id = ? ORDER BY kind, number",
                RegistryStore::authorisationRow, operatorId));
    }

    Optional<Authorisation> authorisation(UUID id, boolean lock) {
        String sql = "SELECT * FROM operators.authorisation WHERE id = ?" + (lock ? " FOR UPDATE" : "");
        return withHistory(jdbc.query(sql, RegistryStore::authorisationRow, id)).stream().findFirst();
    }

    /** The authorisation of that kind and number (any sector), locked for a change when asked. */
    Optional<Authorisation> authorisation(AuthorisationKind kind, String number, boolean lock) {
        String sql = "SELECT * FROM operators.authorisation WHERE kind = ? AND number = ? ORDER BY sector"
                + (lock ? " FOR UPDATE" : "");
        return withHistory(jdbc.query(sql, RegistryStore::authorisationRow, kind.name(), number)).stream().findFirst();
    }

    /** Inserts a new authorisation with its history; false when one of that kind, number and sector exists. */
    boolean insert(Authorisation a) {
        int rows = jdbc.update("""
                INSERT INTO operators.authorisation (id, operator_id, kind, number, sector, authority, valid_from, valid_until, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT (kind, number, sector) DO NOTHING
                """, a.id(), a.operatorId(), a.kind().name(), a.number(), a.sector(), a.authority().name(),
                date(a.validFrom()), date(a.validUntil()));
        if (rows == 1) {
            appendHistory(a);
        }
        return rows == 1;
    }

    /** Appends the changes made to a loaded authorisation and stores its (possibly renewed) term. */
    void save(Authorisation a) {
        jdbc.update("UPDATE operators.authorisation SET valid_until = ? WHERE id = ?", date(a.validUntil()), a.id());
        appendHistory(a);
    }

    private void appendHistory(Authorisation a) {
        for (StatusChange c : a.appended()) {
            jdbc.update("""
                    INSERT INTO operators.authorisation_status_change
                        (authorisation_id, status, effective_from, effective_until, reason, recorded_by, recorded_at, proceeding_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, a.id(), c.status().name(), date(c.effectiveFrom()), date(c.effectiveUntil()), c.reason(),
                    c.recordedBy(), Timestamp.from(c.recordedAt()), c.proceedingId());
        }
    }

    List<Certification> certificationsOf(UUID operatorId) {
        return jdbc.query("SELECT * FROM operators.certification WHERE operator_id = ? ORDER BY program, valid_from",
                RegistryStore::certification, operatorId);
    }

    Optional<Certification> certification(UUID id) {
        return jdbc.query("SELECT * FROM operators.certification WHERE id = ?", RegistryStore::certification, id)
                .stream().findFirst();
    }

    /**
     * The programmes in force on {@code day} of the importers, exporters and IMMEX companies with this tax id
     * (RFC, IRS/IOR number): their code or their recorded tax id.
     */
    Set<String> programmesOn(String taxId, LocalDate day) {
        return new TreeSet<>(jdbc.queryForList("""
                SELECT DISTINCT c.program FROM operators.certification c JOIN operators.operator o ON o.id = c.operator_id
                WHERE (o.tax_id = ? OR o.code = ? AND o.type IN ('IMPORTER', 'IMMEX'))
                  AND c.valid_from <= ? AND c.valid_until >= ? AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?)
                """, String.class, taxId, taxId, Date.valueOf(day), Date.valueOf(day), Date.valueOf(day)));
    }

    void insert(Certification c) {
        jdbc.update("""
                INSERT INTO operators.certification (id, operator_id, program, level, number, valid_from, valid_until,
                    withdrawn_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, c.id(), c.operatorId(), c.program().name(), c.level(), c.number(), date(c.validFrom()),
                date(c.validUntil()), date(c.withdrawnOn()), c.recordedBy(), Timestamp.from(c.recordedAt()));
    }

    void withdraw(UUID certificationId, LocalDate on) {
        jdbc.update("UPDATE operators.certification SET withdrawn_on = ? WHERE id = ?", Date.valueOf(on), certificationId);
    }

    private List<Authorisation> withHistory(List<AuthorisationRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<StatusChange>> histories = new LinkedHashMap<>();
        UUID[] ids = rows.stream().map(AuthorisationRow::id).toArray(UUID[]::new);
        jdbc.query("SELECT * FROM operators.authorisation_status_change WHERE authorisation_id = ANY (?) ORDER BY seq",
                rs -> {
                    histories.computeIfAbsent(rs.getObject("authorisation_id", UUID.class), k -> new ArrayList<>()).add(
                            new StatusChange(AuthorisationStatus.valueOf(rs.getString("status")),
                                    rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_until", LocalDate.class),
                                    rs.getString("reason"), rs.getString("recorded_by"),
                                    rs.getTimestamp("recorded_at").toInstant(), rs.getObject("proceeding_id", UUID.class)));
                }, (Object) ids);
        return rows.stream().map(r -> new Authorisation(r.id(), r.operatorId(), r.kind(), r.number(), r.sector(), r.validFrom(),
                r.validUntil(), histories.getOrDefault(r.id(), List.of()))).toList();
    }

    private record AuthorisationRow(UUID id, UUID operatorId, AuthorisationKind kind, String number, String sector,
                                    LocalDate validFrom, LocalDate validUntil) {
    }

    private static AuthorisationRow authorisationRow(ResultSet rs, int row) throws SQLException {
        return new AuthorisationRow(rs.getObject("id", UUID.class), rs.getObject("operator_id", UUID.class),
                AuthorisationKind.valueOf(rs.getString("kind")), rs.getString("number"), rs.getString("sector"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class));
    }

    private static Operator operator(ResultSet rs, int row) throws SQLException {
        return new Operator(rs.getObject("id", UUID.class), OperatorType.valueOf(rs.getString("type")), rs.getString("code"),
                rs.getString("name"), rs.getString("country"), rs.getString("tax_id"), rs.getObject("agency_id", UUID.class),
                rs.getString("source"), rs.getTimestamp("created_at").toInstant());
    }

    private static Certification certification(ResultSet rs, int row) throws SQLException {
        return new Certification(rs.getObject("id", UUID.class), rs.getObject("operator_id", UUID.class),
                CertificationProgram.valueOf(rs.getString("program")), rs.getString("level"), rs.getString("number"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getObject("withdrawn_on", LocalDate.class), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
