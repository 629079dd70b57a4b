package io.jointclear.tariff.persistence;

import io.jointclear.shared.Authority;
import io.jointclear.shared.FieldViolation;
import io.jointclear.shared.ProblemException;
import io.jointclear.tariff.domain.Measure;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import io.jointclear.audit.AuditLog;
import io.jointclear.shared.CacheInvalidation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a measure is a data change with an audit entry: a new measure is inserted (CREATE); a new
 * version closes the old row the day before it starts (CLOSE) and inserts the next version
 * (SUPERSEDE). Every entry records who, when, why, and the row before and after as JSON.
 */
@Service
public class MeasureAdministration {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JdbcMeasureStore store;
    private final AuditLog auditLog;
    private final CacheInvalidation caches;

    MeasureAdministration(JdbcClient jdbc, Clock clock, JdbcMeasureStore store, AuditLog auditLog, CacheInvalidation caches) {
        this.caches = caches;
        this.jdbc = jdbc;
        this.clock = clock;
        this.store = store;
        this.auditLog = auditLog;
    }

    /** One audit entry; {@code before}/{@code after} are the row as JSON text. */
    public record AuditEntry(long id, long measureId, String action, String actor, OffsetDateTime at, String reason,
                             String before, String after) {
    }

    public List<Measure> list(Authority authority, String taxCode, LocalDate date) {
        return jdbc.sql("select " + MeasureRows.COLUMNS + " from tariff.measure"
                        + " where (cast(:authority as text) is null or authority = :authority)"
                        + " and (cast(:taxCode as text) is null or tax_code = :taxCode)"
                        + " and (cast(:date as date) is null or (valid_from <= :date and (valid_to is null or valid_to >= :date)))"
                        + " order by authority, tax_code, rule_id, version")
                .param("authority", authority == null ? null : authority.name())
                .param("taxCode", taxCode).param("date", date)
                .query(MeasureRows::map).list();
    }

    public Measure get(long id) {
        return jdbc.sql("select " + MeasureRows.COLUMNS + " from tariff.measure where id = :id").param("id", id)
                .query(MeasureRows::map).optional()
                .orElseThrow(() -> new ProblemException(404, "UNKNOWN_MEASURE", "Unknown measure",
                        "No tariff measure has id " + id));
    }

    public List<AuditEntry> audit(long id) {
        get(id);
        return jdbc.sql("select id, measure_id, action, actor, at, reason, before::text as before, after::text as after"
                        + " from tariff.measure_audit where measure_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getLong("measure_id"), rs.getString("action"),
                        rs.getString("actor"), rs.getObject("at", OffsetDateTime.class), rs.getString("reason"),
                        rs.getString("before"), rs.getString("after")))
                .list();
    }

    /** Inserts a measure (version 1, or the next version of an existing rule) whose period overlaps none. */
    @Transactional
    public Measure create(Measure draft, String actor, String reason) {
        lockRule(draft.ruleId());
        overlapCheck(draft.ruleId(), draft.validFrom(), draft.validTo(), -1);
        long id = insert(draft, nextVersion(draft.ruleId()), actor);
        audit(id, "CREATE", actor, reason, null, id);
        auditLog.append(io.jointclear.audit.AuditEntry.of(actor, "TARIFF_MEASURE_CREATED", "TARIFF_MEASURE", String.valueOf(id),
                draft.authority(), java.util.Map.of("ruleId", draft.ruleId(), "validFrom", draft.validFrom(),
                        "reason", String.valueOf(reason))));
        return reloadAndGet(id);
    }

    /** Closes measure {@code id} the day before {@code draft} starts and inserts {@code draft} as its next version. */
    @Transactional
    public Measure supersede(long id, Measure draft, String actor, String reason) {
        Measure old = get(id);
        lockRule(old.ruleId());
        LocalDate from = draft.validFrom();
        if (!from.isAfter(old.validFrom()) || (old.validTo() != null && from.isAfter(old.validTo()))) {
            throw new ProblemException(422, "INVALID_PERIOD", "Invalid period",
                    "A new version must start inside the period of the one it replaces (" + old.validFrom() + " to "
                            + (old.validTo() == null ? "open" : old.validTo()) + ")",
                    List.of(new FieldViolation("validFrom", "INVALID_PERIOD", "must be after " + old.validFrom())));
        }
        LocalDate to = draft.validTo() != null ? draft.validTo() : old.validTo();
        overlapCheck(old.ruleId(), from, to, id);
        String before = rowJson(id);
        jdbc.sql("update tariff.measure set valid_to = :to where id = :id").param("to", from.minusDays(1)).param("id", id).update();
        jdbc.sql("insert into tariff.measure_audit (measure_id, action, actor, at, reason, before, after)"
                        + " select id, 'CLOSE', :actor, :at, :reason, cast(:before as jsonb), to_jsonb(m) from tariff.measure m where id = :id")
                .param("actor", actor).param("at", OffsetDateTime.now(clock)).param("reason", reason)
                .param("before", before).param("id", id).update();
        Measure next = withPeriod(draft, old.ruleId(), from, to);
        long newId = insert(next, nextVersion(old.ruleId()), actor);
        jdbc.sql("insert into tariff.measure_audit (measure_id, action, actor, at, reason, before, after)"
                        + " select id, 'SUPERSEDE', :actor, :at, :reason, cast(:before as jsonb), to_jsonb(m) from tariff.measure m where id = :id")
                .param("actor", actor).param("at", OffsetDateTime.now(clock)).param("reason", reason)
                .param("before", before).param("id", newId).update();
        auditLog.append(io.jointclear.audit.AuditEntry.of(actor, "TARIFF_MEASURE_SUPERSEDED", "TARIFF_MEASURE", String.valueOf(id),
                old.authority(), java.util.Map.of("ruleId", old.ruleId(), "newVersionId", newId, "validFrom", from,
                        "reason", String.valueOf(reason))));
        return reloadAndGet(newId);
    }

    private Measure reloadAndGet(long id) {
        caches.invalidateEverywhere(JdbcMeasureStore.CACHE);
        // Reload after commit would be ideal; reloading here is safe because the book is only a cache
        // and the scheduled refresh corrects it if this transaction rolls back.
        Measure m = get(id);
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        store.reload();
                    }
                });
        return m;
    }

    private long insert(Measure m, int version, String actor) {
        Map<String, Object> p = MeasureRows.params(m);
        p.put("seedKey", null);
        p.put("version", version);
        p.put("createdAt", OffsetDateTime.now(clock));
        p.put("createdBy", actor);
        return jdbc.sql("insert into tariff.measure " + MeasureRows.INSERT_VALUES + " returning id").params(p)
                .query(Long.class).single();
    }

    private void audit(long measureId, String action, String actor, String reason, String before, long afterId) {
        jdbc.sql("insert into tariff.measure_audit (measure_id, action, actor, at, reason, before, after)"
                        + " select :measureId, :action, :actor, :at, :reason, cast(:before as jsonb), to_jsonb(m)"
                        + " from tariff.measure m where id = :afterId")
                .param("measureId", measureId).param("action", action).param("actor", actor)
                .param("at", OffsetDateTime.now(clock)).param("reason", reason).param("before", before)
                .param("afterId", afterId).update();
    }

    private String rowJson(long id) {
        return jdbc.sql("select to_jsonb(m)::text from tariff.measure m where id = :id").param("id", id)
                .query(String.class).single();
    }

    private void lockRule(String ruleId) {
        // Serialises concurrent changes of one rule across instances.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(:ruleId))").param("ruleId", ruleId).query().singleRow();
    }

    private int nextVersion(String ruleId) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from tariff.measure where rule_id = :ruleId")
                .param("ruleId", ruleId).query(Integer.class).single();
    }

    private void overlapCheck(String ruleId, LocalDate from, LocalDate to, long except) {
        List<Long> clash = jdbc.sql("select id from tariff.measure where rule_id = :ruleId and id <> :except"
                        + " and valid_from <= coalesce(cast(:to as date), date '9999-12-31')"
                        + " and coalesce(valid_to, date '9999-12-31') >= :from")
                .param("ruleId", ruleId).param("except", except).param("from", from).param("to", to)
                .query(Long.class).list();
        if (!clash.isEmpty()) {
            throw new ProblemException(409, "MEASURE_PERIOD_OVERLAP", "Overlapping measure period",
                    "Rule " + ruleId + " already has version(s) " + clash + " in force between " + from + " and "
                            + (to == null ? "open" : to) + "; supersede them with PUT instead",
                    List.of(new FieldViolation("validFrom", "MEASURE_PERIOD_OVERLAP", "overlaps measure(s) " + clash)));
        }
    }

    private static Measure withPeriod(Measure d, String ruleId, LocalDate from, LocalDate to) {
        return new Measure(0, null, ruleId, d.version(), d.authority(), d.taxCode(), d.kind(), d.rate(), d.amount(),
                d.currency(), d.unit(), d.minimum(), d.maximum(), d.tariffPrefixes(), d.origins(), d.claves(),
                d.programs(), d.condition(), d.appliesTo(), d.caseNumber(), d.company(), d.priority(), d.stacking(),
                d.heading(), from, to, d.legalBasis(), d.source(), d.confidence(), d.note(), d.revision(), d.scopeList(),
                null);
    }
}
