package io.jointclear.statistics.internal;

import io.jointclear.clearance.CrossingEvents;
import io.jointclear.clearance.Decision;
import io.jointclear.inspection.InspectionScheduled;
import io.jointclear.shared.Authority;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code statistics.crossing_fact} up to date from events. Each event sets only its own columns
 * with an upsert, so delivery order does not matter and a redelivered event changes nothing.
 */
@Component
class CrossingFactProjection {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    CrossingFactProjection(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * In the filing's own transaction, not through the event outbox: the fact commits with the
     * filing, and the group-commit transaction of many filings writes all their facts in one JDBC
     * batch just before it commits. The outbox would cost three commits (each with a WAL flush) per
     * filing: marking the publication in progress, the listener's transaction and its completion.
     */
    @EventListener
    void on(CrossingEvents.CrossingFiled e) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insertFiled(List.of(e));
            return;
        }
        @SuppressWarnings("unchecked")
        List<CrossingEvents.CrossingFiled> pending = (List<CrossingEvents.CrossingFiled>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<CrossingEvents.CrossingFiled> facts = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, facts);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    insertFiled(facts);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CrossingFactProjection.this);
                }
            });
            pending = facts;
        }
        pending.add(e);
    }

    private void insertFiled(List<CrossingEvents.CrossingFiled> facts) {
        if (facts.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO statistics.crossing_fact (crossing_id, direction, mx_customs_office, us_port, filed_at, value_usd, hs_chapters, assessed)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (crossing_id) DO UPDATE SET direction = excluded.direction, mx_customs_office = excluded.mx_customs_office,
                    us_port = excluded.us_port, filed_at = excluded.filed_at, value_usd = excluded.value_usd,
                    hs_chapters = excluded.hs_chapters, assessed = excluded.assessed
                """, facts, facts.size(), (ps, e) -> {
            ps.setObject(1, e.crossingId());
            ps.setObject(2, e.direction());
            ps.setObject(3, e.mxCustomsOffice());
            ps.setObject(4, e.usPort());
            ps.setTimestamp(5, Timestamp.from(e.filedAt()));
            ps.setObject(6, e.valueUsd());
            ps.setObject(7, e.hsChapters());
            ps.setString(8, json.writeValueAsString(e.assessedTotals()));
        });
    }

    @ApplicationModuleListener
    void on(CrossingEvents.CrossingArrived e) {
        upsert("arrived_at", e.crossingId(), Timestamp.from(e.arrivedAt()));
    }

    @ApplicationModuleListener
    void on(CrossingEvents.LanesSelected e) {
        jdbc.update("""
                INSERT INTO statistics.crossing_fact (crossing_id, mx_customs_office, us_port, selected_at, lane_mx, lane_us)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (crossing_id) DO UPDATE SET selected_at = excluded.selected_at, lane_mx = excluded.lane_mx,
                    lane_us = excluded.lane_us
                """, e.crossingId(), e.mxCustomsOffice(), e.usPort(), Timestamp.from(e.selectedAt()),
                name(e.lanes().get(Authority.MX)), name(e.lanes().get(Authority.US)));
    }

    @ApplicationModuleListener
    void on(InspectionScheduled e) {
        upsert("inspection_scheduled", e.crossingId(), true);
    }

    @ApplicationModuleListener
    void on(CrossingEvents.DecisionRecorded e) {
        if (e.decision() == Decision.HOLD) {
            upsert("held", e.crossingId(), true);
        } else if (e.decision() == Decision.SEIZE) {
            upsert("seized", e.crossingId(), true);
        }
    }

    @ApplicationModuleListener
    void on(CrossingEvents.CrossingReleased e) {
        upsert("released_at", e.crossingId(), Timestamp.from(e.releasedAt()));
    }

    private void upsert(String column, java.util.UUID crossingId, Object value) {
        jdbc.update("INSERT INTO statistics.crossing_fact (crossing_id, " + column + ") VALUES (?, ?) "
                + "ON CONFLICT (crossing_id) DO UPDATE SET " + column + " = excluded." + column, crossingId, value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
